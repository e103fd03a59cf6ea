package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview accepts what build accepts (a page saved by Windows Notepad, with a byte order mark and CRLF)
 * and shows drafts with a "Kladde" banner, which build leaves out; its files stay those of a one-off build.
 */
class PreviewDraftsIT {
    /** A generous wait for a bake that must come, not a time budget. */
    private static final java.time.Duration BAKE = java.time.Duration.ofSeconds(120);
    @TempDir
    Path dir;

    @Test
    void draftsAndNotepadPagesAreShownAndTheFilesStayThoseOfABuild() throws Exception {
        Path project = TestProjects.small(dir.resolve("projekt"));
        TestProjects.write(project, "content/opslag/kladde.adoc",
                "= Halvfærdig\n:jbake-type: page\n:jbake-status: draft\n:jbake-date: 2013-02-13\n\nSagsnr. UDFYLD.\n");
        Files.write(project.resolve("content/opslag/notesblok.adoc"), ("\uFEFF= Fra Notesblok\r\n:jbake-type: page\r\n"
                + ":jbake-status: published\r\n:jbake-date: 2013-02-13\r\n\r\nSkrevet i Windows.\r\n").getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpClient http = HttpClient.newHttpClient();
        try (PreviewServer server = Previews.onLoopback(project, log)) {
            URI site = server.start();
            HttpResponse<String> notepad = http.send(HttpRequest.newBuilder(site.resolve("/opslag/notesblok.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, notepad.statusCode(), log.toString(StandardCharsets.UTF_8));
            assertTrue(notepad.body().contains("Skrevet i Windows."));

            HttpResponse<String> draft = http.send(HttpRequest.newBuilder(site.resolve("/opslag/kladde.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, draft.statusCode());
            assertTrue(draft.body().contains(">Halvfærdig</h1>"), draft.body());
            assertTrue(draft.body().contains("data-draft=\"true\""), "the script shows the Kladde banner");
            String script = http.send(HttpRequest.newBuilder(site.resolve(ReloadScript.PATH)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(script.contains("Kladde: Siden er ikke udgivet."));

            try (EventStream events = new EventStream(http, site)) {
                String shown = events.next(BAKE).build();
                // Saved while the preview runs: a new page (a full bake), then only its text (the pages it touches),
                // then a page that was saved with LF before.
                Files.write(project.resolve("content/opslag/gemt-nu.adoc"), notepad("Gemt nu", "Første gang gemt."));
                shown = awaitReload(events, shown);
                assertServed(http, site, "/opslag/gemt-nu.html", "Første gang gemt.", log);

                Files.write(project.resolve("content/opslag/gemt-nu.adoc"), notepad("Gemt nu", "Anden gang gemt."));
                shown = awaitReload(events, shown);
                assertServed(http, site, "/opslag/gemt-nu.html", "Anden gang gemt.", log);
                assertTrue(Polling.until(BAKE, () -> log.toString(StandardCharsets.UTF_8).contains("(1 bagt igen)")),
                        "a change of text only bakes just that page, also from Notepad: " + log.toString(StandardCharsets.UTF_8));

                Files.write(project.resolve("content/index.adoc"), notepad("Forside", "Forsiden fra Notesblok."));
                awaitReload(events, shown);
                assertServed(http, site, "/index.html", "Forsiden fra Notesblok.", log);
            }
        }

        Map<String, byte[]> preview = TestProjects.files(project.resolve("target/preview"));
        assertFalse(preview.keySet().stream().anyMatch(f -> f.contains("kladde")), preview.keySet().toString());
        assertEquals(List.of(), TestProjects.bake(project));
        Map<String, byte[]> build = TestProjects.files(project.resolve("target/site"));
        build.keySet().removeIf(f -> f.startsWith("search/"));
        preview.keySet().removeIf(f -> f.startsWith("search/"));
        assertEquals(build.keySet(), preview.keySet());
        build.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, preview.get(file)), file));
    }

    /** A page as Windows Notepad saves it: UTF-8 with a byte order mark, CRLF line ends. */
    private static byte[] notepad(String title, String text) {
        return ("\uFEFF= " + title + "\r\n:jbake-type: page\r\n:jbake-status: published\r\n:jbake-date: 2013-02-13\r\n\r\n"
                + text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The next reload; a failed bake fails the test with the problems the editor would see. */
    private static String awaitReload(EventStream events, String shown) throws InterruptedException {
        EventStream.Event event = events.await(e -> e.isReloadOtherThan(shown) || e.name().equals("problems"), BAKE);
        assertEquals("reload", event.name(), "the preview refused what build accepts: " + event.data());
        return event.build();
    }

    private static void assertServed(HttpClient http, URI site, String page, String text, ByteArrayOutputStream log)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(site.resolve(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), log.toString(StandardCharsets.UTF_8));
        assertTrue(response.body().contains(text), page + ": " + response.body());
    }
}
