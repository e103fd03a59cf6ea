package dk.kk.tillid.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small baked site that follows the page contract of the real templates, so the index and
 * the browser tests can run before (and without) a JBake bake. Pages come from fixture-site.txt.
 */
final class FixtureSite {
    private FixtureSite() {
    }

    static Path write(Path dir) throws IOException {
        String source;
        try (InputStream in = FixtureSite.class.getResourceAsStream("/index/fixture-site.txt")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PageSource page = null;
        for (String line : source.split("\n")) {
            if (line.startsWith("@page ") || line.startsWith("@noindex ")) {
                if (page != null) {
                    page.writeTo(dir);
                }
                String[] parts = line.split(" ");
                page = new PageSource(parts[1], line.startsWith("@page ") ? parts[2] : null);
            } else if (page != null) {
                page.add(line);
            }
        }
        page.writeTo(dir);
        writeSearchPage(dir);
        copyAssets(dir);
        return dir;
    }

    /** The report paragraph {@link #writeSharedTextAndDescription} has a programme page show. */
    static final String SHARED_PARAGRAPH = "Tillidsbaseret ledelse bliver stillet som et indholdskrav i udbudsmaterialet til nyt LUP 2. "
            + "Materialet i bilag 1 vil blive lagt til grund for formulering af udbudsmaterialet.";
    static final String SHOWN_ON = "program/lup-2-udbud.html";
    static final String DESCRIBED = "keynote/keynotedag-januar-2013.html";
    static final String DESCRIPTION = "Programmet for dagen med keynoteforelæsning og paneldebat om tillid som styringsparadigme.";

    /**
     * Adds to a fixture site what an {@code include::} and a {@code :description:} make of a page: a programme
     * page that shows a paragraph of the report in its section "fra-rapporten", and the keynote page's own
     * description (the layout marks it data-page).
     */
    static void writeSharedTextAndDescription(Path dir) throws IOException {
        String main = "<h1>Udbud af LUP 2</h1>\n<div id=\"preamble\"><div class=\"sectionbody\"><div class=\"paragraph\"><p>"
                + "Hvad udbuddet af LUP 2 bygger på.</p></div></div></div>\n"
                + "<div class=\"sect1\"><h2 id=\"fra-rapporten\">Fra redegørelsen</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph\"><p>" + escape(SHARED_PARAGRAPH) + "</p></div></div></div>\n";
        write(dir, SHOWN_ON, html(rootOf(SHOWN_ON), "Udbud af LUP 2", "programme", main));
        Path keynote = dir.resolve(DESCRIBED);
        Files.writeString(keynote, Files.readString(keynote).replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n<meta name=\"description\" content=\"" + escape(DESCRIPTION) + "\" data-page>"));
    }

    /** search.js and search.css as JBake copies them from assets/ into the site root. */
    static void copyAssets(Path site) throws IOException {
        Path assets = Path.of(System.getProperty("basedir", ".")).resolve("assets");
        Files.createDirectories(site.resolve("js"));
        Files.createDirectories(site.resolve("css"));
        Files.copy(assets.resolve("js/search.js"), site.resolve("js/search.js"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(assets.resolve("css/search.css"), site.resolve("css/search.css"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static void writeSearchPage(Path dir) throws IOException {
        String main = """
                <h1>Søg</h1>
                <form class="search-page-form" role="search" action="search.html" method="get">
                  <label for="search-page-q">Søg på sitet</label>
                  <input type="search" id="search-page-q" name="q">
                  <button type="submit">Søg</button>
                </form>
                <fieldset id="search-filter" hidden><legend>Vis kun</legend></fieldset>
                <p id="search-status" role="status" aria-live="polite"></p>
                <div id="search-results"></div>
                <noscript><p>Søgningen kræver JavaScript. Brug i stedet menuen eller forsiden.</p></noscript>
                """;
        write(dir, "search.html", html("", "Søg", null, main));
    }

    static void write(Path dir, String path, String html) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /** The page frame of the templates; {@code type == null} marks a page the index must skip. */
    static String html(String root, String title, String type, String mainHtml) {
        String body = type == null ? "<body data-noindex>" : "<body data-content-type=\"" + type + "\">";
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
                <title>%2$s – Tillid i lederuddannelserne</title>
                <link rel="stylesheet" href="%1$scss/search.css">
                <script src="%1$sjs/search.js" defer></script>
                </head>
                %3$s
                <header>
                <a href="%1$sindex.html">Tillid i lederuddannelserne</a>
                <form class="site-search" role="search" action="%1$ssearch.html" method="get" data-search-text="%5$s">
                  <label for="site-search-q">Søg</label>
                  <input type="search" id="site-search-q" name="q" autocomplete="off" spellcheck="false">
                  <button type="submit">Søg</button>
                </form>
                <nav class="no-index"><a href="%1$sindex.html">Forside</a> <a href="%1$sbilag/bilag-1.html">Bilag</a></nav>
                </header>
                <main id="indhold">
                <nav class="breadcrumbs no-index"><a href="%1$sindex.html">Forside</a> › Brødkrummesti</nav>
                %4$s
                </main>
                <footer>Københavns Kommune · Sidefod</footer>
                </body>
                </html>
                """.formatted(root, escape(title), body, mainHtml, escape(SEARCH_TEXT));
    }

    /** The texts of search.js as the real templates hand them over, read from templates/lib/strings.ftl. */
    static final String SEARCH_TEXT = searchText();

    private static String searchText() {
        try {
            String strings = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("templates/lib/strings.ftl"));
            java.util.Map<String, String> text = new java.util.LinkedHashMap<>();
            int start = strings.indexOf("<#assign searchText = {");
            String body = strings.substring(start, strings.indexOf("}>", start));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\": \"([^\"]*)\"").matcher(body);
            while (m.find()) {
                text.put(m.group(1), m.group(2));
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rootOf(String path) {
        return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Builds main the way Asciidoctor nests it: preamble, then sect1/sect2 divs around h2/h3. */
    private static final class PageSource {
        private final String path;
        private final String type;
        private String title = "";
        private final List<String> lines = new ArrayList<>();

        PageSource(String path, String type) {
            this.path = path;
            this.type = type;
        }

        void add(String line) {
            if (line.startsWith("# ")) {
                title = line.substring(2);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            } else if (line.startsWith("##")) {
                lines.add(line);
            }
        }

        void writeTo(Path dir) {
            StringBuilder main = new StringBuilder("<h1>" + escape(title) + "</h1>\n");
            int open = 0;
            boolean inList = false;
            boolean preamble = false;
            for (String line : lines) {
                boolean item = line.startsWith("- ");
                if (inList && !item) {
                    main.append("</ul></div>\n");
                    inList = false;
                }
                int level = line.startsWith("### ") ? 2 : line.startsWith("## ") ? 1 : 0;
                if (level > 0) {
                    if (preamble) {
                        main.append("</div></div>\n");
                        preamble = false;
                    }
                    while (open >= level) {
                        main.append(open == 1 ? "</div></div>\n" : "</div>\n");
                        open--;
                    }
                    String[] idAndText = line.substring(level + 2).split(" \\| ", 2);
                    String tag = level == 1 ? "h2" : "h3";
                    main.append("<div class=\"sect").append(level).append("\"><").append(tag).append(" id=\"")
                            .append(idAndText[0]).append("\">").append(escape(idAndText[1])).append("</")
                            .append(tag).append(">").append(level == 1 ? "<div class=\"sectionbody\">" : "")
                            .append('\n');
                    open = level;
                    continue;
                }
                if (open == 0 && !preamble && !line.startsWith("! ")) {
                    main.append("<div id=\"preamble\"><div class=\"sectionbody\">\n");
                    preamble = true;
                }
                if (line.startsWith("! ")) {
                    main.append("<dl class=\"metadata no-index\" aria-label=\"Om dokumentet\"><div><dt>Sag</dt><dd>")
                            .append(escape(line.substring(2))).append("</dd></div></dl>\n");
                } else if (item) {
                    if (!inList) {
                        main.append("<div class=\"ulist\"><ul>");
                        inList = true;
                    }
                    main.append("<li><p>").append(escape(line.substring(2))).append("</p></li>");
                } else {
                    main.append("<div class=\"paragraph\"><p>").append(escape(line)).append("</p></div>\n");
                }
            }
            if (inList) {
                main.append("</ul></div>\n");
            }
            if (preamble) {
                main.append("</div></div>\n");
            }
            while (open > 0) {
                main.append(open == 1 ? "</div></div>\n" : "</div>\n");
                open--;
            }
            try {
                write(dir, path, html(rootOf(path), title, type, main.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
