package dk.kk.tillid.reader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A folder served over http on the loopback address, as a reader's browser gets the site from a web server. */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "xml", "text/xml; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** The path of site.host in jbake.properties, such as /tillid/. */
    private static final String PUBLIC_PATH = publicPath();

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.setExecutor(threads);
        server.start();
    }

    static SiteServer serve(Path root) throws IOException {
        return new SiteServer(root);
    }

    /** The address of a page given by its path relative to the site root. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            // Also under the public path, as nginx serves it: the 404 page links its styles from there.
            if (path.startsWith(PUBLIC_PATH)) {
                path = path.substring(PUBLIC_PATH.length() - 1);
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type",
                    TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String publicPath() {
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("jbake.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String path = URI.create(settings.getProperty("site.host", "/")).getPath();
        return path.endsWith("/") ? path : path + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
