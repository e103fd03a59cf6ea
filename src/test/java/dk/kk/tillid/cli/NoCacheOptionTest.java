package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.cache.ConversionCache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code build --no-cache} builds the site and keeps nothing in the build cache. */
class NoCacheOptionTest {
    @Test
    void buildWithoutTheCacheKeepsNothing(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        assertEquals(0, Main.run("build", "--no-cache", "-C", project.toString()));
        assertTrue(Files.isRegularFile(project.resolve("target/site/index.html")));
        assertFalse(Files.exists(project.resolve(ConversionCache.FOLDER)), "no build cache written");
    }
}
