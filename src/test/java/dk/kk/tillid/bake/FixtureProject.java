package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@link TestProjects#small} as an object, for tests that write and bake one project many times. */
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
        TestProjects.write(root, path, bytes);
        return this;
    }

    /** Bakes and returns the problems; an empty list means the bake succeeded. */
    List<Diagnostic> bake() throws IOException {
        return TestProjects.bake(root);
    }

    static Diagnostic onlyError(List<Diagnostic> problems) {
        return TestProjects.onlyError(problems);
    }

    Path site() {
        return root.resolve("target/site");
    }
}
