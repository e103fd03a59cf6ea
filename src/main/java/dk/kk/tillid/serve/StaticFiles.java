package dk.kk.tillid.serve;

import dk.kk.tillid.files.RelativePath;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Answers with the files of the preview's site folder, as a web server would serve the published site. */
final class StaticFiles implements HttpHandler {
    private static final String NOT_FOUND_PAGE = "404.html";
    private static final String NOT_BAKED_PAGE = """
            <!DOCTYPE html>
            <html lang="da">
            <head><meta charset="utf-8"><title>Sitet er ikke bygget endnu</title></head>
            <body><main><h1>Sitet er ikke bygget endnu</h1>
            <p>Ret fejlene, og gem filen. Siden opdaterer sig selv, når sitet kan bygges.</p></main></body>
            </html>
            """;

    private final PreviewSite site;
    /** Where the site is mounted: "/", or the path of its public address, which the 404 page links by. */
    private final String mount;

    StaticFiles(PreviewSite site, String mount) {
        this.site = site;
        this.mount = mount;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (Responses.allowGetAndHead(exchange)) {
                answer(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        // Read before the file: should a bake land in between, the page reloads once more instead of never.
        String build = site.state().build();
        Path root = site.dir();
        if (!Files.isDirectory(root)) {
            Responses.send(exchange, 503, ContentTypes.HTML, html(NOT_BAKED_PAGE, build));
            return;
        }
        String path = "/" + exchange.getRequestURI().getPath().substring(mount.length());
        try {
            Optional<Path> found = RequestPath.resolve(root, path);
            if (found.isPresent() && Files.isDirectory(found.get())) {
                if (!path.endsWith("/")) {
                    // Relative links in the folder's index.html only work from an address ending in '/'. Built from
                    // the folder, not the request: /%2femner (path //emner) must not send the browser to a host "emner".
                    String folder = RelativePath.of(root, found.get());
                    exchange.getResponseHeaders().set("Location", mount + folder + "/");
                    Responses.empty(exchange, 301);
                    return;
                }
                found = Optional.of(found.get().resolve("index.html")).filter(Files::isRegularFile);
            }
            if (found.isPresent()) {
                sendFile(exchange, 200, found.get(), build, site.linkedFrom(RelativePath.of(root, found.get())));
                return;
            }
            Optional<byte[]> draft = site.draft(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1));
            if (draft.isPresent()) {
                Responses.send(exchange, 200, ContentTypes.HTML,
                        ReloadScript.inject(new String(draft.get(), StandardCharsets.UTF_8), build, true).getBytes(StandardCharsets.UTF_8));
                return;
            }
        } catch (NoSuchFileException e) {
            // Removed by a bake while being answered: as good as not there.
        }
        notFound(exchange, root, build);
    }

    private static void notFound(HttpExchange exchange, Path root, String build) throws IOException {
        Path page = root.resolve(NOT_FOUND_PAGE);
        if (Files.isRegularFile(page)) {
            sendFile(exchange, 404, page, build, Optional.empty());
        } else {
            Responses.send(exchange, 404, "text/plain; charset=utf-8", "Siden findes ikke.".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads the whole file first, so that its length cannot change under a bake while it is being sent. */
    private static void sendFile(HttpExchange exchange, int status, Path file, String build,
                                 Optional<List<LinkedFrom.Link>> linkedFrom) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = ContentTypes.isHtml(type)
                ? html(withLinkedFrom(Files.readString(file), linkedFrom), build) : Files.readAllBytes(file);
        Responses.send(exchange, status, type, body);
    }

    /** The list of pages linking here, at the end of the page's main content, as only the preview shows it. */
    private static String withLinkedFrom(String page, Optional<List<LinkedFrom.Link>> linkedFrom) {
        int end = page.lastIndexOf("</main>");
        if (linkedFrom.isEmpty() || end < 0) {
            return page;
        }
        return page.substring(0, end) + LinkedFrom.html(linkedFrom.get()) + page.substring(end);
    }

    private static byte[] html(String page, String build) {
        return ReloadScript.inject(page, build).getBytes(StandardCharsets.UTF_8);
    }
}
