package dk.kk.tillid.index;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the labelled queries of bench/search/queries.tsv: each query runs through search.js as the
 * results page runs it ({@code tillidSearch.search}, then the first ten results' links) and through
 * Pagefind's JS API, in one headless Chromium, on the same baked site served over http. A query
 * succeeds at k when the expected page is among the first k results; MRR@10 is the mean of 1/rank
 * (0 beyond ten). Our results are sections and a page may come several times: the rank is that of the
 * first result on the expected page, counted in the list as shown.
 */
final class SearchQuality {
    private static final int DEPTH = 10;

    private record Query(String cls, String text, String page, String section, String half) {
    }

    private record Ranks(int ours, int oursSection, int pagefind) {
    }

    private SearchQuality() {
    }

    static void run(Path site, Path tsv, Path out, List<String> halves) throws Exception {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).subList(1, Files.readAllLines(tsv).size())) {
            String[] f = line.split("\t", -1);
            if (halves.contains(f[4])) {
                queries.add(new Query(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        HttpServer server = serve(site);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/";
        WebDriver driver = SearchBrowserIT.chromium(true);
        List<Ranks> ranks = new ArrayList<>();
        StringBuilder perQuery = new StringBuilder("class\tquery\tpage\tsection\thalf\tours_rank\tours_section_rank\tpagefind_rank\tours_first\tpagefind_first\n");
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<List<String>> ours = new ArrayList<>();
            driver.get(base + "search.html");
            waitFor(js, "return !!window.tillidSearch;");
            for (Query q : queries) {
                ours.add(strings(js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "tillidSearch.search(arguments[0]).then(function (r) {"
                        + "  return Promise.all(r.hits.slice(0, " + DEPTH + ").map(tillidSearch.details)); })"
                        + ".then(function (ds) { done(ds.map(function (d) { return d.href; })); },"
                        + " function (e) { done(['ERROR ' + e]); });", q.text())));
            }
            List<List<String>> pagefind = new ArrayList<>();
            driver.get(base + "pagefind-bench.html");
            for (Query q : queries) {
                pagefind.add(strings(js.executeAsyncScript("var q = arguments[0], url = arguments[1],"
                        + " done = arguments[arguments.length - 1];"
                        + "import(url).then(function (pf) { return pf.search(q); }).then(function (s) {"
                        + "  return Promise.all(s.results.slice(0, " + DEPTH + ").map(function (r) { return r.data(); })); })"
                        + ".then(function (ds) { done(ds.map(function (d) { return d.url; })); },"
                        + " function (e) { done(['ERROR ' + e]); });", q.text(), base + "pagefind/pagefind.js")));
            }
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                List<String[]> o = ours.get(i).stream().map(SearchQuality::ourTarget).toList();
                List<String> p = pagefind.get(i).stream().map(SearchQuality::pagefindPage).toList();
                Ranks r = new Ranks(rank(o, q.page(), null), rank(o, q.page(), q.section()), rank(p.stream()
                        .map(page -> new String[] {page, ""}).toList(), q.page(), null));
                ranks.add(r);
                perQuery.append(String.join("\t", q.cls(), q.text(), q.page(), q.section(), q.half(),
                        String.valueOf(r.ours()), String.valueOf(r.oursSection()), String.valueOf(r.pagefind()),
                        o.isEmpty() ? "" : o.get(0)[0] + (o.get(0)[1].isEmpty() ? "" : "#" + o.get(0)[1]),
                        p.isEmpty() ? "" : p.get(0))).append('\n');
            }
        } finally {
            driver.quit();
            server.stop(0);
        }
        Files.writeString(out, perQuery, StandardCharsets.UTF_8);
        for (String half : halves) {
            table(half, queries, ranks);
        }
    }

    private static void table(String half, List<Query> queries, List<Ranks> ranks) {
        Map<String, List<Ranks>> byClass = new LinkedHashMap<>();
        List<Ranks> all = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            if (queries.get(i).half().equals(half)) {
                byClass.computeIfAbsent(queries.get(i).cls(), c -> new ArrayList<>()).add(ranks.get(i));
                all.add(ranks.get(i));
            }
        }
        System.out.printf("%n%s half, %d queries (rank of the expected page; ours also to the expected section)%n%n", half, all.size());
        System.out.println("| class | n | ours s@1 | ours s@3 | ours MRR@10 | Pagefind s@1 | Pagefind s@3 | Pagefind MRR@10 | ours s@1, section |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        byClass.forEach((c, rs) -> row(c, rs));
        row("**all**", all);
    }

    private static void row(String name, List<Ranks> rs) {
        System.out.printf("| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", name, rs.size(),
                f(at(rs, Ranks::ours, 1)), f(at(rs, Ranks::ours, 3)), f(mrr(rs, Ranks::ours)),
                f(at(rs, Ranks::pagefind, 1)), f(at(rs, Ranks::pagefind, 3)), f(mrr(rs, Ranks::pagefind)),
                f(at(rs, Ranks::oursSection, 1)));
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    private static double at(List<Ranks> rs, java.util.function.ToIntFunction<Ranks> which, int k) {
        return rs.stream().filter(r -> which.applyAsInt(r) > 0 && which.applyAsInt(r) <= k).count() / (double) rs.size();
    }

    private static double mrr(List<Ranks> rs, java.util.function.ToIntFunction<Ranks> which) {
        return rs.stream().mapToDouble(r -> which.applyAsInt(r) > 0 ? 1.0 / which.applyAsInt(r) : 0).sum() / rs.size();
    }

    /** 1-based rank of the first result on the page (and section, when one is given and wanted), 0 if none. */
    private static int rank(List<String[]> results, String page, String section) {
        for (int i = 0; i < results.size(); i++) {
            String[] r = results.get(i);
            if (r[0].equals(page) && (section == null || section.isEmpty() || section.equals(r[1]))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** search.html is at the site's root, so a result's relative link is the page's path, then ?q= and #anchor. */
    private static String[] ourTarget(String href) {
        String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
        String page = href.replaceAll("[?#].*", "");
        return new String[] {URLDecoder.decode(page, StandardCharsets.UTF_8), URLDecoder.decode(anchor, StandardCharsets.UTF_8)};
    }

    private static String pagefindPage(String url) {
        String page = url.replaceAll("[?#].*", "");
        page = page.contains("/site/") ? page.substring(page.indexOf("/site/") + "/site/".length()) : page.replaceFirst("^/", "");
        if (page.isEmpty() || page.endsWith("/")) {
            page += "index.html";
        }
        return URLDecoder.decode(page, StandardCharsets.UTF_8);
    }

    private static List<String> strings(Object result) {
        List<String> out = new ArrayList<>();
        if (result instanceof List<?> list) {
            list.forEach(o -> out.add(String.valueOf(o)));
        }
        if (!out.isEmpty() && out.get(0).startsWith("ERROR ")) {
            throw new IllegalStateException(out.get(0));
        }
        return out;
    }

    private static void waitFor(JavascriptExecutor js, String condition) throws InterruptedException {
        for (int i = 0; i < 600 && !Boolean.TRUE.equals(js.executeScript(condition)); i++) {
            Thread.sleep(100);
        }
    }

    private static HttpServer serve(Path site) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/site/", exchange -> {
            String rest = exchange.getRequestURI().getPath().substring("/site/".length());
            Path file = site.resolve(rest.isEmpty() ? "index.html" : rest).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", SearchBench.contentType(file.getFileName().toString()));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }
}
