package dk.kk.tillid.index;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.project.Project;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The site under test, with the index built, served two ways: over http from 127.0.0.1 under a
 * sub-path (as on the intranet) and as file:// (as when opened from disk).
 */
final class BrowserSite implements AutoCloseable {
    static final String SUB_PATH = "/intranet/tillid/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    final Path dir;
    final boolean fixture;
    private final HttpServer server;

    private BrowserSite(Path dir, boolean fixture) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.fixture = fixture;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(SUB_PATH, exchange -> {
            String rest = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = this.dir.resolve(rest.isEmpty() ? "index.html" : rest).normalize();
            byte[] body;
            if (!file.startsWith(this.dir) || !Files.isRegularFile(file)) {
                body = "not found".getBytes();
                exchange.sendResponseHeaders(404, body.length);
            } else {
                body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, body.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /**
     * The baked site from {@code site.dir} (default target/site) when there is one, else the fixture
     * site, so the same tests run on the real text once the bake exists.
     */
    static BrowserSite open() throws IOException {
        Path baked = Path.of(System.getProperty("site.dir", "target/site"));
        boolean fixture = !Files.isRegularFile(baked.resolve("search.html"));
        Path dir = baked;
        if (fixture) {
            dir = Path.of("target", "search-it-site");
            deleteTree(dir);
            FixtureSite.write(dir);
        }
        new SearchIndexer(dir, Project.at(TestProjects.PROJECT).contentTypes().labels()).run();
        return new BrowserSite(dir, fixture);
    }

    /** The fixture site with a paragraph of the report shown on a programme page and a page's own description. */
    static BrowserSite fixtureWithSharedTextAndDescription() throws IOException {
        Path dir = Path.of("target", "search-it-extras");
        deleteTree(dir);
        FixtureSite.write(dir);
        FixtureSite.writeSharedTextAndDescription(dir);
        new SearchIndexer(dir, Project.at(TestProjects.PROJECT).contentTypes().labels()).run();
        return new BrowserSite(dir, true);
    }

    String httpRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;
    }

    String fileRoot() {
        return dir.toUri().toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
