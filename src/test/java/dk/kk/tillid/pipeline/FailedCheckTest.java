package dk.kk.tillid.pipeline;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build makes its search index after the link check, not beside it (the two side by side were the build's
 * peak of memory), so a build whose links are broken stops without indexing anything; a good one indexes.
 */
class FailedCheckTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenLinkStopsTheBuildBeforeTheIndexIsMade() throws Exception {
        Path project = TestProjects.small(dir);
        TestProjects.write(project, "content/opslag/side.adoc",
                TestProjects.page("Side", "Første linje.\n\nSe link:findes-ikke.html[siden].\n"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThrows(SitePipeline.StageFailedException.class,
                () -> new SitePipeline(project, quiet).run(project.resolve("target/site")));
        assertFalse(Files.exists(project.resolve(SitePipeline.INDEX_CACHE)), "no index was made, so none was kept");
        assertFalse(Files.exists(project.resolve("target/site/search/meta.js")));

        TestProjects.write(project, "content/opslag/side.adoc", TestProjects.page("Side", "Første linje.\n"));
        new SitePipeline(project, quiet).run(project.resolve("target/site2"));
        assertTrue(Files.exists(project.resolve(SitePipeline.INDEX_CACHE)));
        assertTrue(Files.exists(project.resolve("target/site2/search/meta.js")));
    }
}
