package dk.kk.tillid.serve;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A page's view of the preview's server-sent events, read over real HTTP as EventSource would. */
final class EventStream implements AutoCloseable {
    record Event(String name, String data) {
        boolean isReloadOtherThan(String build) {
            return name.equals("reload") && !data.contains("\"build\":\"" + build + "\"");
        }

        String build() {
            int start = data.indexOf("\"build\":\"") + "\"build\":\"".length();
            return data.substring(start, data.indexOf('"', start));
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    EventStream(HttpClient http, URI site) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(site.resolve("/__preview/events")).build();
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> open = response.get(30, TimeUnit.SECONDS);
        if (open.statusCode() != 200 || !open.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("not an event stream: " + open);
        }
        Thread reader = new Thread(() -> read(open.body()), "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Stream<String> lines) {
        String name = "message";
        List<String> data = new ArrayList<>();
        try {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(name, String.join("\n", data)));
                    }
                    name = "message";
                    data.clear();
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.add(line.substring("data:".length()).strip());
                }
            }
        } catch (RuntimeException e) {
            // The stream was closed by the server or by close().
        }
    }

    /**
     * The first event from now on that matches, skipping others; fails when no event at all comes for
     * {@code quiet}. A generous wait for an event that must come, not a time budget.
     */
    Event await(Predicate<Event> wanted, Duration quiet) throws InterruptedException {
        List<Event> skipped = new ArrayList<>();
        while (true) {
            Event event = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no such event, nothing for " + quiet + " after " + skipped);
            }
            if (wanted.test(event)) {
                return event;
            }
            skipped.add(event);
        }
    }

    Event next(Duration timeout) throws InterruptedException {
        return await(e -> true, timeout);
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
    }
}
