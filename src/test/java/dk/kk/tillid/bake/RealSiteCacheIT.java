package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** On the real content: after one edit, the cached build converts one page and equals a clean build. */
class RealSiteCacheIT {
    private static final String TIMELINE = "content/opslag/tidslinje.adoc";

    @TempDir
    Path dir;

    @Test
    void oneEditConvertsOnePageAndBuildsTheSameAsAClean() throws Exception {
        Path project = TestProjects.copyOfTheRealSite(dir.resolve("project"));
        BakeResult warm = new SiteBaker(project).bake(dir.resolve("warm"));
        assertEquals(warm.pageSources().size(), warm.pagesConverted(), "the first build converts every page");

        Path page = project.resolve(TIMELINE);
        Files.writeString(page, Files.readString(page) + "\nEn sætning skrevet efter første bygning.\n");
        BakeResult cached = new SiteBaker(project).bake(dir.resolve("cached"));
        BakeResult clean = new SiteBaker(project, false).bake(dir.resolve("clean"));
        assertEquals(1, cached.pagesConverted(), "only the edited page is converted");
        assertEquals(clean.warnings(), cached.warnings());
        BuildCacheIT.assertSameSite(dir.resolve("clean"), dir.resolve("cached"));

        assertEquals("converted=0 jruby=false", CachedBakeProbe.run(project, dir.resolve("probe")),
                "a new process with nothing changed converts nothing and never starts JRuby");
        BuildCacheIT.assertSameSite(dir.resolve("clean"), dir.resolve("probe"));
    }
}
