package dk.kk.tillid.index;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Gives Pagefind the same text our index reads on a baked site: the {@code main} of the pages our index
 * holds (so the editors' guide, tag lists and the search page stay out, as they do for us), without the
 * parts marked {@code no-index} that are navigation (page type, dates, PDF links, table of contents, see
 * also), but with the metadata box and the tags, whose facts our index reads too.
 */
final class PagefindMarks {
    private static final Pattern PATH = Pattern.compile("\"path\":\"([^\"]+)\"");

    private PagefindMarks() {
    }

    static void mark(Path site) throws IOException {
        TreeSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.list(site.resolve("search"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("f-\\d+\\.js")).toList()) {
                Matcher m = PATH.matcher(Files.readString(f));
                if (m.find()) {
                    pages.add(m.group(1));
                }
            }
        }
        for (String page : pages) {
            Path file = site.resolve(page);
            Document doc = Jsoup.parse(file.toFile(), "UTF-8");
            Element main = doc.selectFirst("main");
            if (main == null) {
                continue;
            }
            main.attr("data-pagefind-body", "");
            for (Element skip : main.select(".no-index")) {
                if (!skip.hasClass("metadata-box") && !skip.hasClass("tags")) {
                    skip.attr("data-pagefind-ignore", "all");
                }
            }
            Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
        }
        System.out.println("Pagefind indexes the main text of " + pages.size() + " pages, as ours does");
    }
}
