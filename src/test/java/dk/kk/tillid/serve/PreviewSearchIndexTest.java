package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.index.SearchIndexer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A save of page text moves the served search index into the new site in one rename, rather than linking its
 * files one by one into a new folder, and the new site can be searched from the moment it is shown.
 */
class PreviewSearchIndexTest {
    private static final String PAGE = "content/side.adoc";

    @Test
    void aTextSaveMovesTheServedIndexFolderIntoTheNewSiteWhole(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("projekt"));
        TestProjects.write(project, PAGE, TestProjects.page("Side", "Første udgave om tillid."));
        PreviewSite site = new PreviewSite(project, project.resolve("target/preview"), new PrintStream(OutputStream.nullOutputStream()));
        try {
            List<BuildState> shown = new ArrayList<>();
            site.rebuild(shown::add);
            assertTrue(shown.get(0).problems().isEmpty(), "first bake: " + shown.get(0).problems());
            Path index = site.dir().resolve(SearchIndexer.INDEX_DIR);
            Object before = fileKey(index);
            assertNotNull(before, "this file system gives folders a key");
            Set<String> files = names(index);
            assertTrue(files.contains("meta.js"), "the first bake wrote the index: " + files);

            TestProjects.write(project, PAGE, TestProjects.page("Side", "Anden udgave om et tillidsbarometer."));
            List<String> atShow = new ArrayList<>();
            site.rebuild(state -> {
                try {
                    Path served = site.dir().resolve(SearchIndexer.INDEX_DIR);
                    atShow.add(String.valueOf(before.equals(fileKey(served))));
                    atShow.add(String.valueOf(names(served).containsAll(files)));
                } catch (IOException e) {
                    atShow.add(e.toString());
                }
            });
            assertEquals(List.of("true", "true"), atShow,
                    "when the saved site is shown: the served index folder itself, every file of it still there");
            Path after = site.dir().resolve(SearchIndexer.INDEX_DIR);
            assertEquals(before, fileKey(after), "the index folder was moved, not made anew and linked file by file");
            assertTrue(names(after).contains("meta.js"), "search answers after the save: " + names(after));
            assertTrue(anyFileContains(after, "tillidsbarometer"), "the new text is in the index written after the save");
        } finally {
            site.close();
            site.awaitIdle();
        }
    }

    private static Object fileKey(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class).fileKey();
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> listed = Files.list(folder)) {
            return listed.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean anyFileContains(Path folder, String text) throws IOException {
        for (String name : names(folder)) {
            if (Files.readString(folder.resolve(name)).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
