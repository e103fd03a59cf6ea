package dk.kk.tillid.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates a large Danish site that follows the page contract, for bench/search/run.sh. Sentences
 * come from the fixture (real source text); a share of their words is replaced by compounds made
 * from the source's own words, as Danish writers coin them, so the vocabulary grows with the site
 * the way a real one does. Seeded, so every run generates the same site.
 *
 * <p>Usage: BenchSite DIR PAGES
 */
final class BenchSite {
    private static final String[] TYPES = {"report", "annex", "programme", "keynote", "page"};
    private static final String[] FOLDERS = {"rapporter", "bilag", "program", "keynote", "sider"};

    private BenchSite() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        generate(dir, pages);
        System.out.println("generated " + pages + " pages in " + dir);
    }

    static void generate(Path dir, int pageCount) throws IOException {
        List<String> sentences = sentences();
        List<String> words = new ArrayList<>(contentWords(sentences));
        Random random = new Random(20130213L);
        List<String> coined = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            String a = words.get(random.nextInt(words.size())).toLowerCase();
            String b = words.get(random.nextInt(words.size())).toLowerCase();
            String link = random.nextInt(3) == 0 ? "s" : random.nextInt(4) == 0 ? "e" : "";
            coined.add(a + link + b);
        }
        for (int p = 0; p < pageCount; p++) {
            int type = p % TYPES.length;
            String path = FOLDERS[type] + "/side-" + p + ".html";
            String title = title(sentences, random) + " " + (p + 1);
            StringBuilder main = new StringBuilder("<h1>").append(FixtureSite.escape(title)).append("</h1>\n");
            main.append("<div class=\"metadata no-index\" data-pagefind-ignore>Sagsnr. 2013-").append(30000 + p)
                    .append("</div>\n<div id=\"preamble\"><div class=\"sectionbody\">")
                    .append(paragraphs(sentences, coined, random, 1 + random.nextInt(2))).append("</div></div>\n");
            int sections = 3 + random.nextInt(5);
            for (int s = 0; s < sections; s++) {
                String heading = title(sentences, random);
                String id = "afsnit-" + s;
                boolean sub = s > 0 && random.nextInt(3) == 0;
                String tag = sub ? "h3" : "h2";
                main.append("<div class=\"sect").append(sub ? 2 : 1).append("\"><").append(tag).append(" id=\"")
                        .append(id).append("\">").append(FixtureSite.escape(heading)).append("</").append(tag).append('>')
                        .append(paragraphs(sentences, coined, random, 1 + random.nextInt(3))).append("</div>\n");
            }
            String html = FixtureSite.html(FixtureSite.rootOf(path), title, TYPES[type], main.toString())
                    .replace("<main id=\"indhold\">", "<main id=\"indhold\" data-pagefind-body>")
                    .replace("class=\"no-index\"", "class=\"no-index\" data-pagefind-ignore")
                    .replace("class=\"breadcrumbs no-index\"", "class=\"breadcrumbs no-index\" data-pagefind-ignore");
            FixtureSite.write(dir, path, html);
        }
        FixtureSite.write(dir, "index.html", FixtureSite.html("", "Forside", "page",
                "<h1>Tillid i lederuddannelserne</h1><p>Forside for " + pageCount + " sider.</p>")
                .replace("<main id=\"indhold\">", "<main id=\"indhold\" data-pagefind-body>"));
        FixtureSite.writeSearchPage(dir);
        FixtureSite.copyAssets(dir);
    }

    private static String title(List<String> sentences, Random random) {
        List<String> words = Terms.words(sentences.get(random.nextInt(sentences.size())));
        int from = random.nextInt(Math.max(1, words.size() - 4));
        return String.join(" ", words.subList(from, Math.min(words.size(), from + 2 + random.nextInt(4))));
    }

    private static String paragraphs(List<String> sentences, List<String> coined, Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            StringBuilder p = new StringBuilder();
            int n = 3 + random.nextInt(5);
            for (int s = 0; s < n; s++) {
                for (String word : sentences.get(random.nextInt(sentences.size())).split(" ")) {
                    // Roughly Zipf: a few coined words recur often, most are rare.
                    if (word.length() > 6 && random.nextInt(5) == 0) {
                        int rank = (int) Math.min(coined.size() - 1, Math.floor(Math.pow(coined.size(), random.nextDouble())));
                        word = coined.get(rank);
                    }
                    p.append(word).append(' ');
                }
            }
            out.append("<div class=\"paragraph\"><p>").append(FixtureSite.escape(p.toString().strip())).append("</p></div>\n");
        }
        return out.toString();
    }

    private static List<String> sentences() throws IOException {
        String text;
        try (InputStream in = BenchSite.class.getResourceAsStream("/index/fixture-site.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("@") || line.startsWith("#") || line.startsWith("! ")) {
                continue;
            }
            for (String sentence : line.replaceFirst("^- ", "").split("(?<=[.!?]) ")) {
                if (sentence.split(" ").length >= 4) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    private static Set<String> contentWords(List<String> sentences) {
        Set<String> words = new LinkedHashSet<>();
        for (String s : sentences) {
            for (String w : Terms.words(s)) {
                if (w.length() >= 4 && !Terms.term(w).isEmpty() && w.chars().allMatch(Character::isLetter)) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
