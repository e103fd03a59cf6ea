package dk.kk.tillid.bake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The git command line, as the page dates and the renames read history: the command line rather than a Java
 * library, because it is what editors and CI already have and it reads any repository format they do.
 */
final class GitCommand {
    private GitCommand() {
    }

    /** git's output in {@code folder}; empty without git, outside a repository, or when git fails. */
    static Optional<String> output(Path folder, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out;
            try (InputStream stream = git.getInputStream()) {
                out = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** git names files from the repository's top; the project may sit in a sub-folder of it. */
    static String projectPrefix(Path projectRoot) {
        return output(projectRoot, "rev-parse", "--show-prefix").map(String::strip).orElse("");
    }
}
