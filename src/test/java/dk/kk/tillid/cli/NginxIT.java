package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import dk.kk.tillid.index.SearchBrowserIT;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baked site served by Debian's nginx under /tillid/, with the configuration the repository ships. */
class NginxIT {
    static final Path SITE = Path.of("target/site").toAbsolutePath();
    static Path dir;
    static Process nginx;
    static int port;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startNginx() throws Exception {
        dir = Files.createTempDirectory("nginx-it-");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String snippet = Files.readString(Path.of("deploy/nginx/tillid.conf")).replace("/srv/www/tillid", SITE.toString());
        Files.writeString(dir.resolve("tillid.conf"), snippet);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    server {
                        listen 127.0.0.1:%2$d;
                        include %1$s/tillid.conf;
                    }
                }
                """.formatted(dir, port));
        String nginxBinary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        nginx = new ProcessBuilder(nginxBinary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off; user root;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        for (int i = 0; i < 50; i++) {
            try {
                get("/tillid/");
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not start: " + Files.readString(dir.resolve("stdout.log")));
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyFileIsServedWithItsTypeAndCharset() throws Exception {
        Map<String, String> types = Map.of(
                "html", "text/html; charset=utf-8",
                "css", "text/css; charset=utf-8",
                "js", "application/javascript; charset=utf-8",
                "xml", "text/xml; charset=utf-8");
        Map<String, byte[]> files = TestProjects.files(SITE);
        assertTrue(files.size() > 20);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<byte[]> response = get("/tillid/" + file.getKey());
            assertEquals(200, response.statusCode(), file.getKey());
            assertArrayEquals(file.getValue(), response.body(), file.getKey());
            String extension = file.getKey().substring(file.getKey().lastIndexOf('.') + 1);
            if (types.containsKey(extension)) {
                assertEquals(types.get(extension), response.headers().firstValue("content-type").orElse("").toLowerCase(),
                        file.getKey());
            }
        }
    }

    @Test
    void pagesRevalidateAndVersionedAssetsAreCachedLong() throws Exception {
        assertEquals("no-cache", get("/tillid/index.html").headers().firstValue("cache-control").orElse(""));
        assertTrue(get("/tillid/css/site.css?v=1").headers().firstValue("cache-control").orElse("").contains("max-age=31536000"));
        assertEquals(200, get("/tillid/").statusCode(), "the folder serves index.html");
    }

    @Test
    void searchWorksUnderTheSubPathInChromium() throws Exception {
        WebDriver browser = SearchBrowserIT.chromium(true);
        try {
            browser.get("http://127.0.0.1:" + port + "/tillid/search.html?q=Thygesen");
            List<WebElement> results = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> {
                        List<WebElement> found = d.findElements(By.cssSelector("#search-results a"));
                        return found.isEmpty() ? null : found;
                    });
            String first = results.get(0).getAttribute("href");
            assertTrue(first.startsWith("http://127.0.0.1:" + port + "/tillid/"), first);
            assertTrue(first.contains("#"), "results point to a section: " + first);
            assertEquals(200, get(URI.create(first).getPath()).statusCode(), first);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aMissingPathGetsTheSitesNotFoundPage() throws Exception {
        for (String missing : List.of("/tillid/findes-ikke.html", "/tillid/rapport/findes-ikke.html")) {
            HttpResponse<byte[]> response = get(missing);
            assertEquals(404, response.statusCode(), missing);
            assertTrue(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Siden findes ikke"), missing);
        }
    }

    @Test
    void theNotFoundPageWorksAtAnyDepth() throws Exception {
        for (String missing : List.of("/tillid/findes-ikke.html", "/tillid/rapport/findes-ikke.html",
                "/tillid/programmer/a/b/findes-ikke/")) {
            HttpResponse<byte[]> response = get(missing);
            assertEquals(404, response.statusCode(), missing);
            Document page = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8),
                    "http://127.0.0.1:" + port + missing);
            assertEquals(1, page.select("[role=search] input[type=search]").size(), missing + ": the search box");
            assertTrue(page.select("main a[href]").stream().anyMatch(a -> a.absUrl("href").endsWith("/tillid/index.html")),
                    missing + ": a way back to the front page");
            Elements stylesheets = page.select("link[rel=stylesheet]");
            assertFalse(stylesheets.isEmpty(), missing);
            for (Element stylesheet : stylesheets) {
                HttpResponse<byte[]> css = get(URI.create(stylesheet.absUrl("href")).getRawPath());
                assertEquals(200, css.statusCode(), missing + ": " + stylesheet.attr("href"));
                assertTrue(css.headers().firstValue("content-type").orElse("").startsWith("text/css"), stylesheet.attr("href"));
            }
            // A link to a part of the page itself (the skip link) stays on the missing address.
            for (Element linked : page.select("a[href]:not([href^=#]), script[src], form[action]")) {
                String url = linked.hasAttr("href") ? linked.absUrl("href") : linked.hasAttr("src") ? linked.absUrl("src") : linked.absUrl("action");
                if (!url.startsWith("http://127.0.0.1:" + port + "/")) {
                    continue; // mailto: and tel: in the footer
                }
                assertTrue(url.startsWith("http://127.0.0.1:" + port + "/tillid/"), missing + ": " + linked.outerHtml());
                assertEquals(200, get(URI.create(url).getRawPath()).statusCode(), missing + ": " + linked.outerHtml());
            }
        }
    }
}
