package dk.kk.tillid.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The preview's script (src/main/resources/preview/reload.js). It is added to HTML as it is answered, never to
 * the baked files, so it cannot reach the published site; the pages' CSP allows it because it comes from the
 * same origin and is not inline.
 */
final class ReloadScript implements HttpHandler {
    static final String PATH = "/__preview/reload.js";
    private static final Pattern END_OF_HEAD = Pattern.compile("</head>", Pattern.CASE_INSENSITIVE);
    private static final byte[] SOURCE = load();

    /** @param build the id of the build the page comes from, so the script can tell whether a newer one exists */
    static String inject(String html, String build) {
        return inject(html, build, false);
    }

    /** @param draft whether the page is a draft, which the script marks with a "Kladde" banner */
    static String inject(String html, String build, boolean draft) {
        String tag = "<script src=\"" + PATH + "\" data-build=\"" + build + "\"" + (draft ? " data-draft=\"true\"" : "")
                + "></script>";
        Matcher end = END_OF_HEAD.matcher(html);
        return end.find() ? html.substring(0, end.start()) + tag + html.substring(end.start()) : html + tag;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(PATH)) {
                Responses.empty(exchange, 404);
            } else if (Responses.allowGetAndHead(exchange)) {
                Responses.send(exchange, 200, "text/javascript; charset=utf-8", SOURCE);
            }
        } finally {
            exchange.close();
        }
    }

    private static byte[] load() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("/preview/reload.js")) {
            if (in == null) {
                throw new IllegalStateException("preview/reload.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
