package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 404 page links from the path the web server shows the site under; the check maps that path to the web root. */
class ServedPathTest {

    @Test
    void linksUnderTheServedPathMeanTheWebRoot(@TempDir Path root) throws Exception {
        new SiteWriter(root)
                .lines("index.html", "<!DOCTYPE html><title>x</title><p>x</p>")
                .lines("css/site.css", "p { color: black }")
                .lines("404.html", "<!DOCTYPE html><title>404</title>",
                        "<link rel=\"stylesheet\" href=\"/tillid/css/site.css?v=1\">",
                        "<a href=\"/tillid/index.html\">forsiden</a>",
                        "<a href=\"/tillid/findes-ikke.html\">væk</a>");
        assertEquals(3, new LinkChecker(root).run().errors(), "without the served path, /tillid/ is a folder in the root");
        CheckReport served = new LinkChecker(root).withServedPath("/tillid/").run();
        assertEquals(1, served.errors(), served.findings().toString());
        assertEquals("/tillid/findes-ikke.html", served.findings().get(0).value());
    }
}
