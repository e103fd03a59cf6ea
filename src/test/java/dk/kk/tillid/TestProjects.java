package dk.kk.tillid;

import dk.kk.tillid.bake.BakeFailedException;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.problem.Diagnostic;

import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one place tests get a project from: this project's templates, assets and settings, with content written by
 * the test ({@link #small}) or the real content ({@link #copyOfTheRealSite}), and the one way to bake one.
 */
public final class TestProjects {
    public static final Path PROJECT = Path.of("").toAbsolutePath();
    public static final String VALID_HEADER = """
            :jbake-type: page
            :jbake-status: published
            :jbake-date: 2013-02-13
            """;

    private TestProjects() {
    }

    /** Templates, assets and settings of this project; a front page and the search page as the only content. */
    public static Path small(Path root) throws IOException {
        copyTree(PROJECT.resolve("templates"), root.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), root.resolve("assets"));
        Files.copy(PROJECT.resolve("jbake.properties"), root.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        write(root, "content/index.adoc", page("Forside", "Velkommen."));
        Files.copy(PROJECT.resolve("content/search.adoc"), root.resolve("content/search.adoc"), StandardCopyOption.REPLACE_EXISTING);
        return root;
    }

    /** This project's sources, content included, as a second checkout would have them. */
    public static Path copyOfTheRealSite(Path root) throws IOException {
        small(root);
        copyTree(PROJECT.resolve("content"), root.resolve("content"));
        return root;
    }

    public static String page(String title, String text) {
        return "= " + title + "\n" + VALID_HEADER + "\n" + text + "\n";
    }

    public static Path write(Path root, String path, String text) throws IOException {
        return write(root, path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path root, String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    /** Bakes into target/site and returns the problems; an empty list means the bake passed. */
    public static List<Diagnostic> bake(Path root) throws IOException {
        try {
            new SiteBaker(root).bake(root.resolve("target/site"));
            return List.of();
        } catch (BakeFailedException e) {
            return e.diagnostics();
        }
    }

    /** The one error among the problems, failing the test when there is none or more than one. */
    public static Diagnostic onlyError(List<Diagnostic> problems) {
        List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        Assertions.assertEquals(1, errors.size(), "expected exactly one error, got " + problems);
        return errors.get(0);
    }

    /** Every file under {@code root}, relative path to bytes. */
    public static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    public static void copyTree(Path from, Path to) throws IOException {
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
