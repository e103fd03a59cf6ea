package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The project's real content, baked once per test JVM (a bake starts JRuby, which takes seconds). */
final class RealSite {
    private static BakeResult result;
    private static final Map<String, Document> PAGES = new ConcurrentHashMap<>();

    private RealSite() {
    }

    static synchronized BakeResult baked() {
        if (result == null) {
            try {
                Path out = Files.createTempDirectory("tillid-site-test-");
                result = new SiteBaker(TestProjects.PROJECT).bake(out.resolve("site"));
            } catch (BakeFailedException e) {
                throw new AssertionError("The real content must bake without errors:\n"
                        + String.join("\n", e.diagnostics().stream().map(Diagnostic::toString).toList()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    static Path dir() {
        return baked().siteDir();
    }

    /** A page of the baked site by its path relative to the site root, parsed as a browser would. */
    static Document page(String path) {
        return PAGES.computeIfAbsent(path, p -> {
            try {
                return Jsoup.parse(dir().resolve(p).toFile(), "UTF-8", "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every HTML file of the baked site, relative path to parsed page, in a stable order. */
    static Map<String, Document> allPages() {
        Map<String, Document> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir())) {
            walk.filter(p -> p.toString().endsWith(".html"))
                    .forEach(p -> {
                        String rel = dir().relativize(p).toString().replace('\\', '/');
                        pages.put(rel, page(rel));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
