package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import dk.kk.tillid.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small project with the real templates, assets and settings, and content written by the test. */
final class FixtureProject {
    static final String VALID_HEADER = TestProjects.VALID_HEADER;

    final Path root;

    FixtureProject(Path root) throws IOException {
        this.root = root;
        TestProjects.small(root);
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

    /** The one error among the problems, failing the test when there is none or more than one. */
    static Diagnostic onlyError(java.util.List<Diagnostic> problems) {
        java.util.List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
        org.junit.jupiter.api.Assertions.assertEquals(1, errors.size(), "expected exactly one error, got " + problems);
        return errors.get(0);
    }

    Path site() {
        return root.resolve("target/site");
    }

    static void copyTree(Path from, Path to) throws IOException {
        TestProjects.copyTree(from, to);
    }
}
