package dk.kk.tillid.reader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The site that {@code mvn package} baked into target/site/, the one readers get. */
final class BakedSite {
    static final Path DIR = Path.of("target/site").toAbsolutePath();
    static final String REPORT = "rapport/tillidsdagsordenen-i-lederuddannelser.html";

    private BakedSite() {
    }

    /** Every HTML page, as a path relative to the site root with '/' separators, in a stable order. */
    static List<String> pages() {
        if (!Files.isDirectory(DIR)) {
            throw new AssertionError(DIR + " is missing: these tests read the site that mvn package bakes");
        }
        try (Stream<Path> walk = Files.walk(DIR)) {
            List<String> pages = walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> DIR.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
            if (pages.size() < 20 || !pages.contains("search.html") || !pages.contains(REPORT)) {
                throw new AssertionError("target/site/ is not a whole bake: " + pages);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document parse(String page) {
        try {
            return Jsoup.parse(DIR.resolve(page).toFile(), "UTF-8", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
