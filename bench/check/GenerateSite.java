import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a valid static site for the link-check benchmark: PAGES content pages in ten sections, each page
 * with a table of contents, links to other pages (half with fragments), images, and a shared stylesheet.
 * Run with the source launcher: {@code java GenerateSite.java DIR [PAGES]}.
 */
public final class GenerateSite {

    private static final int SECTIONS = 10;
    private static final int HEADINGS = 10;
    private static final int IMAGES = 50;
    private static final int LINKS_PER_PAGE = 20;

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int perSection = (pages + SECTIONS - 1) / SECTIONS;
        Random random = new Random(2013);

        write(root.resolve("css/site.css"), """
                @import "print.css";
                @font-face { font-family: Brød; src: url(../fonts/brod.woff2) format("woff2"); }
                body { background: url("../img/baggrund.png") repeat-x; }
                .logo { background-image: url('../img/logo.png'); }
                """);
        write(root.resolve("css/print.css"), "@media print { .logo { background: url(../img/logo.png); } }\n");
        touch(root.resolve("fonts/brod.woff2"));
        touch(root.resolve("img/baggrund.png"));
        touch(root.resolve("img/logo.png"));
        for (int i = 0; i < IMAGES; i++) {
            touch(root.resolve("img/billede-" + i + ".png"));
            touch(root.resolve("img/billede-" + i + "@2x.png"));
        }

        StringBuilder index = new StringBuilder();
        for (int s = 0; s < SECTIONS; s++) {
            index.append("<li><a href=\"sektion-").append(s).append("/\">Sektion ").append(s).append("</a></li>\n");
            StringBuilder section = new StringBuilder();
            for (int p = 0; p < perSection; p++) {
                section.append("<li><a href=\"side-").append(p).append(".html\">Side ").append(p).append("</a></li>\n");
                write(root.resolve("sektion-" + s + "/side-" + p + ".html"), page(s, p, perSection, random));
            }
            write(root.resolve("sektion-" + s + "/index.html"), layout("Sektion " + s, "../", "<ul>\n" + section + "</ul>\n"));
        }
        write(root.resolve("index.html"), layout("Forside", "", "<ul>\n" + index + "</ul>\n"));
    }

    private static String page(int section, int number, int perSection, Random random) {
        StringBuilder body = new StringBuilder();
        body.append("<nav><a href=\"../index.html\">Forside</a> › <a href=\"./\">Sektion ").append(section).append("</a></nav>\n");
        body.append("<ol class=\"toc\">\n");
        for (int h = 1; h <= HEADINGS; h++) {
            body.append("<li><a href=\"#afsnit-").append(h).append("\">Afsnit ").append(h).append("</a></li>\n");
        }
        body.append("</ol>\n");
        for (int h = 1; h <= HEADINGS; h++) {
            body.append("<h2 id=\"afsnit-").append(h).append("\">Afsnit ").append(h).append("</h2>\n");
            body.append("<p>Tillidsdagsordenen handler om ledelse, samarbejde og ansvar. ")
                    .append("Her står en almindelig tekst med <em>fremhævning</em> og et par ord om æbler, øer og ål.</p>\n");
            if (h % 2 == 0) {
                int other = random.nextInt(perSection);
                int otherSection = random.nextInt(SECTIONS);
                String fragment = random.nextBoolean() ? "#afsnit-" + (1 + random.nextInt(HEADINGS)) : "";
                body.append("<p>Se <a href=\"../sektion-").append(otherSection).append("/side-").append(other).append(".html")
                        .append(fragment).append("\">side ").append(other).append("</a>.</p>\n");
            }
        }
        body.append("<ul class=\"se-ogsaa\">\n");
        for (int l = 0; l < LINKS_PER_PAGE - HEADINGS / 2; l++) {
            int other = random.nextInt(perSection);
            String fragment = l % 2 == 0 ? "#afsnit-" + (1 + random.nextInt(HEADINGS)) : "";
            body.append("<li><a href=\"side-").append(other).append(".html").append(fragment).append("\">Side ")
                    .append(other).append("</a></li>\n");
        }
        body.append("</ul>\n");
        for (int i = 0; i < 3; i++) {
            int image = random.nextInt(IMAGES);
            body.append("<img src=\"../img/billede-").append(image).append(".png\" srcset=\"../img/billede-").append(image)
                    .append("@2x.png 2x\" alt=\"Billede ").append(image).append("\">\n");
        }
        body.append("<p>Kilder: <a href=\"https://example.invalid/rapport-").append(number)
                .append("\">rapporten</a> og <a href=\"https://example.invalid/bilag\">bilag</a>.</p>\n");
        return layout("Side " + number, "../", body.toString());
    }

    private static String layout(String title, String up, String body) {
        return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + up + "css/site.css\">\n</head>\n<body>\n"
                + "<header><a href=\"/\"><img src=\"/img/logo.png\" alt=\"Tillid\"></a></header>\n<main>\n"
                + "<h1>" + title + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }
}
