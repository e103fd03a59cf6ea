package dk.kk.tillid.serve;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dk.kk.tillid.problem.Diagnostic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Server-sent events to the open pages: {@code reload} with the id of the site now served, or {@code problems}
 * with why the latest bake failed. A page gets the latest of the two as soon as it connects, so nothing that
 * happened while it was loading is lost.
 */
final class ReloadEvents implements HttpHandler {
    static final String PATH = "/__preview/events";
    /** How soon a page reconnects after the server went away, e.g. across a restart of serve. */
    private static final int RETRY_MILLIS = 1000;

    private final List<HttpExchange> streams = new ArrayList<>();
    private BuildState latest = BuildState.NOTHING_BAKED;

    @Override
    public synchronized void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(PATH) || !exchange.getRequestMethod().equals("GET")) {
            Responses.empty(exchange, 404);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // The exchange stays open after this method returns, holding no thread; publish() writes to it.
        if (write(exchange, "retry: " + RETRY_MILLIS + "\n\n" + event(latest))) {
            streams.add(exchange);
        }
    }

    synchronized void publish(BuildState state) {
        latest = state;
        String event = event(state);
        streams.removeIf(stream -> !write(stream, event));
    }

    synchronized void close() {
        streams.forEach(HttpExchange::close);
        streams.clear();
    }

    /** False when the page has gone away; its stream is closed then. */
    private static boolean write(HttpExchange stream, String text) {
        try {
            OutputStream out = stream.getResponseBody();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            stream.close();
            return false;
        }
    }

    private static String event(BuildState state) {
        String build = "\"build\":" + json(state.build());
        String problems = state.problems().stream().map(ReloadEvents::json).collect(Collectors.joining(","));
        if (!state.failed()) {
            // Warnings are shown too, beside the page rather than over it.
            return "event: reload\ndata: {" + build + ",\"warnings\":[" + problems + "]}\n\n";
        }
        return "event: problems\ndata: {" + build + ",\"problems\":[" + problems + "]}\n\n";
    }

    /** One problem with its parts, and {@code text}: the line {@code build} prints for it. */
    private static String json(Diagnostic d) {
        return "{\"file\":" + json(d.file())
                + ",\"line\":" + d.line()
                + ",\"error\":" + d.isError()
                + ",\"message\":" + json(d.message())
                + ",\"fix\":" + json(d.fix() == null ? "" : d.fix())
                + ",\"text\":" + json(d.toString()) + "}";
    }

    /** A JSON string; escaping line breaks also keeps the event's data on one line, as SSE requires. */
    private static String json(String text) {
        // Jackson's core encoder, not an ObjectMapper: that loads about 400 classes before the first page is shown.
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
