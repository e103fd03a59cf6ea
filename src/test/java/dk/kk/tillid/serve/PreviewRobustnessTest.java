package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview under pressure: a burst of requests, and an editor's autosave hammering one file. */
class PreviewRobustnessTest {
    private static final String PAGE = "content/side.adoc";

    @TempDir
    static Path dir;
    static Path project;
    static PreviewServer server;
    static URI site;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        project = TestProjects.small(dir.resolve("projekt"));
        TestProjects.write(project, PAGE, TestProjects.page("Side", "Udgave 0."));
        server = Previews.onLoopback(project, OutputStream.nullOutputStream());
        site = server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aBurstOf200ConcurrentRequestsIsAnsweredInFull() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = i % 2 == 0 ? "/side.html" : "/css/site.css";
            burst.add(HTTP.sendAsync(HttpRequest.newBuilder(site.resolve(path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : burst) {
            assertEquals(200, response.get().statusCode());
        }
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(site.resolve("/side.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode(), "still answering after the burst");
    }

    @Test
    void aHundredRapidSavesEndWithTheLastVersionServed() throws Exception {
        Path page = project.resolve(PAGE);
        for (int i = 1; i <= 100; i++) {
            Files.writeString(page, TestProjects.page("Side", "Udgave " + i + "."));
            Thread.sleep(5);
        }
        assertTrue(Polling.until(Duration.ofSeconds(120), () -> HTTP.send(HttpRequest.newBuilder(site.resolve("/side.html")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("Udgave 100.")),
                "the last save is what the preview serves");
    }
}
