package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview over real HTTP: one server for the class, on a free port, watching a small project. */
class PreviewServerTest {
    /** How long to wait for an event that must come: generous, since a loaded machine bakes slowly. Speed is bench/'s. */
    private static final Duration BAKE = Duration.ofSeconds(60);
    private static final String SECRET = "HEMMELIGT-UDEN-FOR-SITET";
    private static final String PAGE = "content/side.adoc";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    static Path dir;
    static Path project;
    static PreviewServer server;
    static URI site;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        project = TestProjects.small(dir.resolve("projekt"));
        TestProjects.write(project, PAGE, TestProjects.page("Side", "Første udgave."));
        Files.createDirectories(project.resolve("content/billeder"));
        Files.write(project.resolve("content/billeder/prik.png"), PNG);
        // Next to the site folder (target/preview), in the project, and beside the project.
        for (Path secret : List.of(project.resolve("target/secret.txt"), project.resolve("secret.txt"), dir.resolve("secret.txt"))) {
            TestProjects.write(secret.getParent(), secret.getFileName().toString(), SECRET);
        }
        // What a bake killed by an earlier Ctrl+C leaves: its staging folder, or the old site between two moves.
        for (String leftover : LEFTOVERS) {
            TestProjects.write(project.resolve("target").resolve(leftover), "index.html", "<p>gammel</p>");
        }
        server = Previews.onLoopback(project, log);
        site = server.start(address -> {
            answering = address;
            bakedWhenAnswering = log.toString(StandardCharsets.UTF_8).contains("Bygget");
        });
    }

    static URI answering;
    static boolean bakedWhenAnswering;

    @Test
    void theAddressIsGivenOutBeforeTheFirstBake() {
        assertEquals(site, answering);
        assertFalse(bakedWhenAnswering, "the address was given out only after the first bake");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("Bygget"), "the first bake reports");
    }

    static final List<String> LEFTOVERS = List.of(".preview-new-1234", ".preview-old-5678");

    @Test
    void foldersAKilledBakeLeftAreRemovedAtStart() {
        for (String leftover : LEFTOVERS) {
            assertFalse(Files.exists(project.resolve("target").resolve(leftover)), leftover);
        }
        assertTrue(Files.isDirectory(project.resolve("target/preview")));
    }

    @Test
    void aSecondPreviewOfTheProjectSaysSoWithTheAddressAndTouchesNothing() throws Exception {
        // What a bake of the running preview has staged at that moment.
        Path staging = project.resolve("target/.preview-new-under-way");
        TestProjects.write(staging, "index.html", "<p>under arbejde</p>");
        Path lockFile = project.resolve(PreviewLock.FILE);
        byte[] lockBefore = Files.readAllBytes(lockFile);
        ByteArrayOutputStream secondLog = new ByteArrayOutputStream();
        PreviewServer second = Previews.onLoopback(project, secondLog);
        List<URI> secondAnswered = new ArrayList<>();
        try {
            PreviewServer.AlreadyRunningException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    PreviewServer.AlreadyRunningException.class, () -> second.start(secondAnswered::add));
            assertEquals("Der kører allerede en forhåndsvisning af dette projekt på " + site
                    + ". Ret: Brug den i browseren, eller stop den med Ctrl+C, før du starter en ny.", refused.getMessage());
            assertEquals(List.of(), secondAnswered, "the second one never answered");
            assertEquals("", secondLog.toString(StandardCharsets.UTF_8), "nor baked");
            assertTrue(Files.exists(staging.resolve("index.html")), "the first one's staging folder is left alone");
            assertArrayEquals(lockBefore, Files.readAllBytes(lockFile));
            assertEquals(200, get("/side.html").statusCode(), "the first one still serves");
        } finally {
            dk.kk.tillid.publish.SiteDirectories.deleteTree(staging);
        }
    }

    @Test
    void aSaveMadeAsSoonAsThePreviewAnswersIsShown(@TempDir Path other) throws Exception {
        Path second = TestProjects.small(other.resolve("projekt"));
        TestProjects.write(second, PAGE, TestProjects.page("Side", "Første udgave."));
        PreviewServer preview = Previews.onLoopback(second, new ByteArrayOutputStream());
        try {
            // The editor saves the moment the address answers, while the first bake runs.
            URI address = preview.start(answered -> {
                try {
                    TestProjects.write(second, PAGE, TestProjects.page("Side", "Gemt under den første bagning."));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertTrue(Polling.until(BAKE, () -> http.send(HttpRequest.newBuilder(address.resolve("side.html")).build(),
                            HttpResponse.BodyHandlers.ofString()).body().contains("Gemt under den første bagning.")),
                    "the save made during the first bake is baked after it and served");
        } finally {
            preview.stop();
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void pagesCarryTheReloadScriptButTheBakedFilesDoNot() throws Exception {
        HttpResponse<String> page = get("/side.html");
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<script src=\"/__preview/reload.js\" data-build=\""), page.body());
        assertTrue(page.body().indexOf("/__preview/reload.js") < page.body().indexOf("</head>"), "in the head");
        assertFalse(Files.readString(project.resolve("target/preview/side.html")).contains("__preview"));

        HttpResponse<String> script = get("/__preview/reload.js");
        assertEquals(200, script.statusCode());
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__preview/events')"));
        assertTrue(script.body().contains("textContent"));
        assertFalse(script.body().contains("innerHTML"), "messages quote the editor's source");
    }

    @Test
    void aSavedChangeIsServedAndOpenPagesAreToldToReload() throws Exception {
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            TestProjects.write(project, PAGE, TestProjects.page("Side", "Anden udgave."));
            EventStream.Event reload = events.await(e -> e.isReloadOtherThan(shown), BAKE);

            HttpResponse<String> page = get("/side.html");
            assertTrue(page.body().contains("Anden udgave."), page.body());
            assertTrue(page.body().contains("data-build=\"" + reload.build() + "\""), "the page knows its build");
        }
    }

    @Test
    void theSearchIndexFollowsASavedChange() throws Exception {
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            TestProjects.write(project, PAGE, TestProjects.page("Side", "Et tillidsbarometer for hele kommunen."));
            events.await(e -> e.isReloadOtherThan(shown), BAKE);
            assertEquals(200, get("/search/meta.js").statusCode(), "the reloaded page can search at once");
            assertTrue(Polling.until(BAKE, () -> {
                for (int fragment = 0; fragment < 10; fragment++) {
                    if (get("/search/f-" + fragment + ".js").body().contains("tillidsbarometer")) {
                        return true;
                    }
                }
                return false;
            }), "the new text is found by the search once the index is written");
        }
    }

    @Test
    void aBrokenEditIsShownWithFileLineAndMessageAndThePageReturnsWhenFixed() throws Exception {
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            TestProjects.write(project, PAGE, "= Side\n:jbake-status: published\n:jbake-date: 2013-02-13\n\nI stykker.\n");
            EventStream.Event problems = events.await(e -> e.name().equals("problems"), BAKE);
            assertTrue(problems.data().contains("\"file\":\"content/side.adoc\",\"line\":4,\"error\":true"), problems.data());
            assertTrue(problems.data().contains(
                    "\"text\":\"content/side.adoc:4: fejl: Hovedattributten :jbake-type: mangler. Ret: Tilføj :jbake-type:"),
                    "the line build prints: " + problems.data());

            HttpResponse<String> meanwhile = get("/side.html");
            assertEquals(200, meanwhile.statusCode(), "the last good site is still served");
            assertTrue(meanwhile.body().contains(">Side</h1>"), meanwhile.body());
            try (EventStream later = new EventStream(http, site)) {
                assertEquals("problems", later.next(BAKE).name(), "a page opened now shows the problem at once");
            }

            TestProjects.write(project, PAGE, TestProjects.page("Side", "Rettet udgave."));
            events.await(e -> e.isReloadOtherThan(shown), BAKE);
            assertTrue(get("/side.html").body().contains("Rettet udgave."));
        }
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("content/side.adoc:4: fejl: Hovedattributten :jbake-type: mangler."),
                "and the terminal shows what build would print");
    }

    @Test
    void aFailedBakeShowsItsWarningsBesideItsErrors() throws Exception {
        String misspelt = ":jbake-tag: tillid\n";
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            // A broken link stops the check stage, after the bake found the warning.
            TestProjects.write(project, PAGE, "= Side\n" + TestProjects.VALID_HEADER + misspelt
                    + "\nSe xref:findes-ikke.adoc[den anden side].\n");
            EventStream.Event linkFailed = events.await(e -> e.name().equals("problems"), BAKE);
            assertTrue(linkFailed.data().contains("\"error\":true,\"message\":\"Linket (xref: eller link:) til findes-ikke.html"),
                    linkFailed.data());
            assertTrue(linkFailed.data().contains("\"error\":false,\"message\":\"Ukendt hovedattribut :jbake-tag:"),
                    "the warning is shown with the error: " + linkFailed.data());

            // An error of the bake itself.
            TestProjects.write(project, PAGE, "= Side\n:jbake-status: published\n:jbake-date: 2013-02-13\n" + misspelt
                    + "\nI stykker.\n");
            EventStream.Event bakeFailed = events.await(e -> e.name().equals("problems") && e.data().contains("mangler"), BAKE);
            assertTrue(bakeFailed.data().contains("Hovedattributten :jbake-type: mangler"), bakeFailed.data());
            assertTrue(bakeFailed.data().contains("\"error\":false,\"message\":\"Ukendt hovedattribut :jbake-tag:"),
                    "the warning is shown with the error: " + bakeFailed.data());

            TestProjects.write(project, PAGE, TestProjects.page("Side", "Rettet igen."));
            events.await(e -> e.isReloadOtherThan(shown), BAKE);
        }
        String script = get(ReloadScript.PATH).body();
        assertTrue(script.contains("problems.filter((problem) => !problem.error)"), "the overlay lists the warnings apart");
    }

    @Test
    void eachPageListsThePagesThatLinkToItInThePreviewOnly() throws Exception {
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            Path linking = TestProjects.write(project, "content/henviser.adoc",
                    TestProjects.page("Henvisning til siden", "Læs xref:side.adoc#top[siden] og xref:side.adoc[den igen]."));
            String added = events.await(e -> e.isReloadOtherThan(shown), BAKE).build();

            org.jsoup.nodes.Element list = org.jsoup.Jsoup.parse(get("/side.html").body()).selectFirst("main aside.preview-linked-from");
            assertEquals("Sider der linker hertil", list.selectFirst("h2").text(), list.outerHtml());
            assertEquals(List.of("Henvisning til siden"), list.select("li a").eachText(), "each page once, by its title");
            assertEquals(200, get(list.selectFirst("li a").attr("href")).statusCode());
            assertFalse(Files.readString(project.resolve("target/preview/side.html")).contains("Sider der linker hertil"),
                    "never in the site's files");

            org.jsoup.nodes.Element none = org.jsoup.Jsoup.parse(get("/henviser.html").body()).selectFirst("main aside.preview-linked-from");
            assertEquals("Ingen andre sider linker hertil.", none.selectFirst("p").text(), "the menu's links do not count");

            Files.delete(linking);
            events.await(e -> e.isReloadOtherThan(added), BAKE);
            assertEquals(List.of(), org.jsoup.Jsoup.parse(get("/side.html").body()).select("main aside.preview-linked-from li").eachText());
        }
    }

    @Test
    void deletedAndRenamedSourcesDisappearFromThePreview() throws Exception {
        try (EventStream events = new EventStream(http, site)) {
            String before = events.next(BAKE).build();
            Path old = TestProjects.write(project, "content/gammel.adoc", TestProjects.page("Gammel", "Snart væk."));
            String created = events.await(e -> e.isReloadOtherThan(before), BAKE).build();
            assertEquals(200, get("/gammel.html").statusCode());

            Files.move(old, project.resolve("content/ny.adoc"));
            String renamed = events.await(e -> e.isReloadOtherThan(created), BAKE).build();
            assertEquals(404, get("/gammel.html").statusCode());
            assertEquals(200, get("/ny.html").statusCode());

            Files.delete(project.resolve("content/ny.adoc"));
            events.await(e -> e.isReloadOtherThan(renamed), BAKE);
            HttpResponse<String> gone = get("/ny.html");
            assertEquals(404, gone.statusCode());
            assertTrue(gone.body().contains("Siden findes ikke"), "the site's own 404 page");
            assertTrue(gone.body().contains("/__preview/reload.js"), "which reloads when the page is back");
        }
    }

    @Test
    void theNotFoundPageWorksAtAnyDepthAsUnderTheWebServer() throws Exception {
        HttpResponse<String> missing = get("/rapport/dybere/findes-ikke.html");
        assertEquals(404, missing.statusCode());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(missing.body());
        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(stylesheet.startsWith("/tillid/"), "linked from the public path: " + stylesheet);
        assertEquals(200, get(stylesheet.replaceFirst("\\?.*", "")).statusCode(), stylesheet);
        String home = page.select("a[href]").stream().map(a -> a.attr("href"))
                .filter(href -> href.endsWith("index.html")).findFirst().orElseThrow();
        assertEquals(200, get(home).statusCode(), home);
        assertEquals(get("/side.html").body(), get("/tillid/side.html").body(), "one site under both paths");
    }

    @Test
    void nothingOutsideTheSiteFolderIsEverServed() throws Exception {
        String absolute = project.resolve("secret.txt").toString();
        List<String> attempts = List.of(
                "/../secret.txt", "/../../secret.txt", "/../../../secret.txt", "/css/../../secret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
                "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/%2e%2e%2f%2e%2e%2fsecret.txt", "/css%2f..%2f..%2fsecret.txt",
                "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/..%5c..%5csecret.txt",
                "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%25252e%25252e/secret.txt",
                "/%c0%ae%c0%ae/secret.txt", "/%c0%af../secret.txt", "/..;/secret.txt", "/..%00/secret.txt",
                "/" + absolute, "//" + absolute, "/%2f" + absolute.substring(1),
                "/..", "/%2e%2e", "/../", "/%2e%2e/", "/../target/", "/%2e%2e/%2e%2e/");
        List<String> leaks = new ArrayList<>();
        for (String path : attempts) {
            RawResponse response = RawResponse.get(site, path);
            if (response.status() == 200 || response.status() / 100 == 3 || response.body().contains(SECRET)
                    || response.body().contains("secret.txt")) {
                leaks.add(path + " → " + response.status());
            }
        }
        assertEquals(List.of(), leaks, "answers that are not a plain refusal");
        HttpResponse<String> viaClient = get("/%2e%2e/secret.txt");
        assertEquals(404, viaClient.statusCode());
        assertFalse(viaClient.body().contains(SECRET));
    }

    @Test
    void filesFoldersAndMethodsAreAnsweredLikeAWebServer() throws Exception {
        assertType("/css/site.css", "text/css; charset=utf-8");
        assertType("/sitemap.xml", "application/xml; charset=utf-8");
        assertType("/billeder/prik.png", "image/png");
        HttpResponse<byte[]> png = http.send(request("/billeder/prik.png").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(PNG, png.body(), "copied as it is");

        HttpResponse<String> folder = get("/emner");
        assertEquals(301, folder.statusCode());
        assertEquals("/emner/", folder.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> index = get("/emner/");
        assertEquals(200, index.statusCode());
        assertEquals(Files.readString(project.resolve("target/preview/emner/index.html")),
                index.body().replaceFirst("<script src=\"/__preview/reload.js\" data-build=\"[^\"]*\"></script>", ""));
        assertEquals(404, get("/css/").statusCode(), "no listing of a folder without index.html");
        assertEquals("/emner/", get("/%2femner").headers().firstValue("Location").orElseThrow(), "not //emner/: another host");

        HttpResponse<String> missing = get("/findes-ikke.html");
        assertEquals(404, missing.statusCode());
        assertEquals("text/html; charset=utf-8", missing.headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<Void> head = http.send(request("/side.html").method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<String> post = http.send(request("/side.html").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }

    private static void assertType(String path, String contentType) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElseThrow(), path);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.toString().replaceAll("/$", "") + path));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Over a bare socket, so that the request line is sent exactly as written: no client tidies the path. */
    record RawResponse(int status, String body) {
        static RawResponse get(URI site, String path) throws IOException {
            try (Socket socket = new Socket(site.getHost(), site.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: " + site.getHost() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String[] statusLine = response.split("\r\n", 2)[0].split(" ");
                return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0, response);
            }
        }
    }
}
