package dk.kk.tillid.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --external} against a server on 127.0.0.1 that this test starts; nothing else is contacted. */
class ExternalLinksTest {

    /** Generous, so that a busy machine never turns a good answer into a timeout. */
    private static final ExternalOptions PATIENT = new ExternalOptions(Duration.ofSeconds(60), Duration.ofSeconds(60), 8, 2);
    /** A server that never answers is unreachable whatever the load: it is held until the test ends. */
    private final CountDownLatch released = new CountDownLatch(1);

    @TempDir
    Path site;

    private HttpServer server;
    private ExecutorService serverThreads;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        serverThreads = Executors.newFixedThreadPool(16);
        server.setExecutor(serverThreads);
        server.createContext("/", this::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        released.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(exchange.getRequestMethod() + " " + path, key -> new AtomicInteger()).incrementAndGet();
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        int status;
        try {
            status = status(exchange, path);
        } finally {
            // Before answering: once the answer is out, the client may already send its next request.
            inFlight.decrementAndGet();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private int status(HttpExchange exchange, String path) {
        switch (path) {
            case "/ok", "/target":
                return 200;
            case "/missing":
                return 404;
            case "/moved":
                exchange.getResponseHeaders().add("Location", "/target");
                return 301;
            case "/hangs":
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 200;
            case "/no-head":
                return exchange.getRequestMethod().equals("HEAD") ? 405 : 200;
            default:
                pause(Duration.ofMillis(150));
                return 200;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void reportsBrokenAndRedirectedLinksAndRequestsEachUrlOnce() throws IOException {
        new SiteWriter(site).lines("index.html",
                "<!DOCTYPE html><title>Eksterne</title>",
                "<a href=\"" + base + "/ok\">ok</a> <a href=\"" + base + "/ok#afsnit\">ok igen</a>",
                "<a href=\"" + base + "/missing\">404</a>",
                "<a href=\"" + base + "/moved\">301</a>",
                "<a href=\"" + base + "/no-head\">kun GET</a>");
        new SiteWriter(site).lines("om.html", "<a href=\"" + base + "/ok\">ok</a>");

        CheckReport report = new LinkChecker(site).withExternal(PATIENT).run();

        assertEquals(List.of(
                "index.html:3 error external-broken href=\"" + base + "/missing\": svarer 404",
                "index.html:4 warning external-redirect href=\"" + base + "/moved\": viderestilles til " + base + "/target"),
                report.findings().stream()
                        .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.kind() + " " + f.message())
                        .toList());
        assertEquals(6, report.externalReferences());
        assertEquals(1, requests.get("HEAD /ok").get(), "cached per URL, fragment ignored");
        assertEquals(1, requests.get("HEAD /no-head").get());
        assertEquals(1, requests.get("GET /no-head").get(), "GET after 405 on HEAD");
    }

    @Test
    void aServerThatDoesNotAnswerIsUnreachable() throws IOException {
        new SiteWriter(site).lines("index.html", "<a href=\"" + base + "/hangs\">svarer aldrig</a>");

        CheckReport report = new LinkChecker(site)
                .withExternal(new ExternalOptions(Duration.ofSeconds(60), Duration.ofSeconds(1), 8, 2)).run();

        assertEquals(List.of("index.html:1 error external-unreachable href=\"" + base + "/hangs\": svarede ikke inden for 1 s"),
                report.findings().stream()
                        .map(f -> f.file() + ":" + f.line() + " " + f.severity().label() + " " + f.kind() + " " + f.message())
                        .toList());
    }

    @Test
    void asksOneHostAtMostTwiceAtOnce() throws IOException {
        new SiteWriter(site).lines("index.html", IntStream.range(0, 12)
                .mapToObj(i -> "<a href=\"" + base + "/page-" + i + "\">" + i + "</a>")
                .collect(Collectors.joining("\n")));

        CheckReport report = new LinkChecker(site).withExternal(PATIENT).run();

        assertEquals(List.of(), report.findings());
        assertEquals(12, requests.size());
        assertTrue(mostInFlight.get() <= 2, "at most two at once: " + mostInFlight.get());
    }

    @Test
    void asksNoMoreThanTheOverallBoundAtOnce() throws IOException {
        new SiteWriter(site).lines("index.html", IntStream.range(0, 4)
                .mapToObj(i -> "<a href=\"" + base + "/page-" + i + "\">" + i + "</a>")
                .collect(Collectors.joining("\n")));

        new LinkChecker(site).withExternal(new ExternalOptions(Duration.ofSeconds(60), Duration.ofSeconds(60), 1, 2)).run();

        assertEquals(1, mostInFlight.get(), "one at a time");
    }

    @Test
    void isOfflineUnlessAsked() throws IOException {
        new SiteWriter(site).lines("index.html", "<a href=\"" + base + "/missing\">404</a>");

        CheckReport report = new LinkChecker(site).run();

        assertEquals(List.of(), report.findings());
        assertEquals(1, report.externalReferences());
        assertTrue(requests.isEmpty());
    }
}
