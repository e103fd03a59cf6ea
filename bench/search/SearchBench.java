package dk.kk.tillid.index;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The measuring half of bench/search/run.sh (not a test):
 * <ul>
 * <li>{@code index SITE}: builds our index and prints its report and build time;</li>
 * <li>{@code sizes SITE DIR...}: total bytes of index directories, raw and gzipped;</li>
 * <li>{@code browser SITE QUERY...}: opens our search.html and the Pagefind page for each query in a
 *     cold headless Chromium, and reports the bytes sent (gzipped, as a server would) and the time
 *     from navigation start to the first result link.</li>
 * <li>{@code pagefind-body SITE}: marks, for Pagefind, the same text our index reads (see {@link PagefindMarks}).</li>
 * <li>{@code quality SITE QUERIES.tsv OUT.tsv HALF...}: runs each labelled query of the given halves through
 *     search.js and through Pagefind in one Chromium on the same site, and prints success@1, success@3 and
 *     MRR@10 per class; OUT.tsv gets each query's rank in both.</li>
 * </ul>
 */
final class SearchBench {
    private static final int RUNS = 3;

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "index" -> index(Path.of(args[1]));
            case "sizes" -> {
                for (int i = 2; i < args.length; i++) {
                    sizes(Path.of(args[1]).resolve(args[i]));
                }
            }
            case "browser" -> browser(Path.of(args[1]), List.of(args).subList(2, args.length));
            case "pagefind-body" -> PagefindMarks.mark(Path.of(args[1]));
            case "quality" -> SearchQuality.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                    List.of(args).subList(4, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void index(Path site) throws IOException {
        long start = System.nanoTime();
        IndexReport report = new SearchIndexer(site).run();
        System.out.printf("ours: indexed %d pages, %d sections, %d terms in %.0f ms (in-process)%n",
                report.pages(), report.sections(), report.terms(), (System.nanoTime() - start) / 1e6);
    }

    private static void sizes(Path dir) throws IOException {
        long raw = 0;
        long gz = 0;
        int files = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                raw += bytes.length;
                gz += Math.min(bytes.length, gzip(bytes).length);
                files++;
            }
        }
        System.out.printf("%s: %d files, %d bytes raw, %d bytes as sent gzipped%n", dir.getFileName(), files, raw, gz);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static void browser(Path site, List<String> queries) throws Exception {
        AtomicLong sent = new AtomicLong();
        AtomicLong indexSent = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/site/", exchange -> {
            String rest = exchange.getRequestURI().getPath().substring("/site/".length());
            Path file = site.resolve(rest).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            byte[] zipped = gzip(body);
            if (accept != null && accept.contains("gzip") && zipped.length < body.length) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                body = zipped;
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            sent.addAndGet(body.length);
            requests.incrementAndGet();
            if (rest.startsWith("search/") || rest.startsWith("pagefind/")) {
                indexSent.addAndGet(body.length);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/";
        try {
            System.out.println("| query | tool | results | requests | KB sent (gzip) | of which index | ms to first result (median of "
                    + RUNS + ", cold) |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String query : queries) {
                String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
                measure(query, "ours", base + "search.html?q=" + q, "#search-results a", "#search-status",
                        sent, indexSent, requests);
                measure(query, "Pagefind", base + "pagefind-bench.html?q=" + q, "#pf-results a", "#pf-status",
                        sent, indexSent, requests);
            }
        } finally {
            server.stop(0);
        }
    }

    private static void measure(String query, String tool, String url, String resultSelector, String statusSelector,
                                AtomicLong sent, AtomicLong indexSent, AtomicLong requests) throws Exception {
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        long index = 0;
        long count = 0;
        String status = "";
        for (int run = 0; run < RUNS; run++) {
            ChromeDriver driver = (ChromeDriver) SearchBrowserIT.chromium(true);
            try {
                driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                        "new MutationObserver(function (m, o) { if (document.querySelector('" + resultSelector + "')) {"
                                + " window.__firstResult = performance.now(); o.disconnect(); } })"
                                + ".observe(document, { childList: true, subtree: true });"));
                sent.set(0);
                indexSent.set(0);
                requests.set(0);
                driver.get(url);
                long deadline = System.currentTimeMillis() + 30_000;
                Object first = null;
                while (first == null && System.currentTimeMillis() < deadline) {
                    first = ((JavascriptExecutor) driver).executeScript("return window.__firstResult;");
                    Thread.sleep(20);
                }
                long last = -1;
                while (last != requests.get()) {
                    last = requests.get();
                    Thread.sleep(700);
                }
                times.add(first == null ? Double.NaN : ((Number) first).doubleValue());
                bytes = sent.get();
                index = indexSent.get();
                count = requests.get();
                status = String.valueOf(((JavascriptExecutor) driver).executeScript(
                        "var s = document.querySelector('" + statusSelector + "'); return s ? s.textContent : '';"));
            } finally {
                driver.quit();
            }
        }
        Collections.sort(times);
        System.out.printf("| %s | %s | %s | %d | %.1f | %.1f | %.0f |%n", query, tool, status.replaceAll("\\s+", " ").strip(),
                count, bytes / 1024.0, index / 1024.0, times.get(times.size() / 2));
    }

    static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".wasm") || name.contains(".wasm.")) {
            return "application/wasm";
        }
        return "application/octet-stream";
    }
}
