package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saves to one page of the real site, as an editor makes them: each reaches an open page as a reload event,
 * and the new text is served by then. How fast is bench/perf's to measure (serve on a generated corpus).
 */
class RealSiteReloadIT {
    private static final String PAGE = "content/programmer/lup-2.adoc";
    private static final String SERVED = "programmer/lup-2.html";
    private static final int SAVES = 3;
    /** Generous: the first bake of the real site on a loaded machine. */
    private static final Duration BAKE = Duration.ofSeconds(120);

    @TempDir
    static Path dir;
    static Path project;
    static PreviewServer server;
    static URI site;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws IOException {
        project = TestProjects.copyOfTheRealSite(dir.resolve("projekt"));
        server = Previews.onLoopback(project, log);
        site = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everySavedChangeIsServedWhenTheReloadEventArrives() throws Exception {
        String original = Files.readString(project.resolve(PAGE));
        try (EventStream events = new EventStream(http, site)) {
            String shown = events.next(BAKE).build();
            for (int save = 0; save < SAVES; save++) {
                String sentence = "Ændring nummer " + save + " er gemt.";
                Files.writeString(project.resolve(PAGE), original + "\n" + sentence + "\n");
                String previous = shown;
                EventStream.Event reload = events.await(e -> e.isReloadOtherThan(previous), BAKE);
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(site.resolve(SERVED)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(page.body().contains(sentence), "the new text is served once the reload event is sent");
                assertTrue(page.body().contains("data-build=\"" + reload.build() + "\""), "the page knows its build");
                shown = reload.build();
            }
        }
        String summaries = log.toString(StandardCharsets.UTF_8);
        assertTrue(summaries.contains("(1 bagt igen)"), "a text change bakes one page again: " + summaries);
    }
}
