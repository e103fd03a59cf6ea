package dk.kk.tillid.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The next build's walks (its sources, its last site and the site it keeps a record of) see what
 * {@code Files.walk} with {@code Files.readAttributes} on each path saw, which they replaced: every folder and
 * file by its name below the root, with the same attributes, links to files followed and links to folders not
 * descended, on seeded trees.
 */
class FileWalkTest {

    @Test
    void seededTreesAreWalkedAsFilesWalkWalksThem(@TempDir Path dir) throws Exception {
        Random random = new Random(20130213);
        for (int round = 0; round < 20; round++) {
            Path root = Files.createDirectories(dir.resolve("r" + round));
            for (int i = 0; i < 40; i++) {
                Path folder = root;
                for (int depth = random.nextInt(4); depth > 0; depth--) {
                    folder = folder.resolve(random.nextBoolean() ? "a" : "bø " + random.nextInt(3));
                }
                Files.createDirectories(folder);
                Path file = folder.resolve("f" + i + (random.nextBoolean() ? ".html" : ".png"));
                Files.write(file, new byte[random.nextInt(50)]);
                if (random.nextInt(10) == 0) {
                    Files.createSymbolicLink(folder.resolve("link" + i + ".html"), file);
                }
                if (random.nextInt(15) == 0 && !folder.equals(root)) {
                    Files.createSymbolicLink(root.resolve("folderlink" + i), folder);
                }
            }
            assertEquals(reference(root), walked(root), "round " + round);
        }
    }

    @Test
    void aFolderTheWalkDoesNotEnterIsPassedOverWithAllBelowIt(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("search/under"));
        Files.write(dir.resolve("search/f-1.js"), new byte[1]);
        Files.write(dir.resolve("search/under/f-2.js"), new byte[1]);
        Files.createDirectories(dir.resolve("opslag/search"));
        Files.write(dir.resolve("opslag/search/side.html"), new byte[1]);
        Files.write(dir.resolve("index.html"), new byte[1]);
        java.util.List<String> seen = new java.util.ArrayList<>();
        FileWalk.files(dir, folder -> !folder.equals("search"), (name, path, attributes) -> seen.add(name));
        seen.sort(null);
        assertEquals(java.util.List.of("index.html", "opslag/search/side.html"), seen);
    }

    @Test
    void aRootThatIsALinkOrAFileHasNothingBelowIt(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("site"));
        Files.write(folder.resolve("index.html"), new byte[3]);
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        for (Path root : new Path[] {link, folder.resolve("index.html")}) {
            assertEquals(reference(root), walked(root), root.getFileName().toString());
        }
    }

    private static Map<String, String> reference(Path root) throws Exception {
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (path.equals(root)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                seen.put(RelativePath.of(root, path), describe(attributes));
            }
        }
        return seen;
    }

    private static Map<String, String> walked(Path root) throws Exception {
        Map<String, String> seen = new TreeMap<>();
        FileWalk.walk(root, new FileWalk.Visitor() {
            @Override
            public void folder(String name, Path path) throws java.io.IOException {
                assertEquals(root.resolve(name), path);
                seen.put(name, describe(Files.readAttributes(path, BasicFileAttributes.class)));
            }

            @Override
            public void file(String name, Path path, BasicFileAttributes attributes) {
                assertEquals(root.resolve(name), path);
                seen.put(name, describe(attributes));
            }
        });
        return seen;
    }

    private static String describe(BasicFileAttributes attributes) {
        return (attributes.isDirectory() ? "folder " : attributes.isRegularFile() ? "file " : "other ") + attributes.size()
                + " " + attributes.lastModifiedTime() + " " + attributes.fileKey();
    }
}
