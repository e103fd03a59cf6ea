package dk.kk.tillid.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** A small project with the real templates, assets and settings, and content written by the test. */
final class FixtureProject {
    static final String VALID_HEADER = """
            :jbake-type: page
            :jbake-status: published
            :jbake-date: 2013-02-13
            """;

    final Path root;

    FixtureProject(Path root) throws IOException {
        this.root = root;
        copyTree(RealSite.PROJECT.resolve("templates"), root.resolve("templates"));
        copyTree(RealSite.PROJECT.resolve("assets"), root.resolve("assets"));
        Files.copy(RealSite.PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"));
        Files.createDirectories(root.resolve("content"));
        write("content/index.adoc", "= Forside\n" + VALID_HEADER + "\nVelkommen.\n");
    }

    FixtureProject write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    FixtureProject write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** Bakes and returns the problems; an empty list means the bake succeeded. */
    java.util.List<Diagnostic> bake() throws IOException {
        try {
            new SiteBaker(root).bake(root.resolve("target/site"));
            return java.util.List.of();
        } catch (BakeFailedException e) {
            return e.diagnostics();
        }
    }

    Path site() {
        return root.resolve("target/site");
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
