package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each source last changed, from git history: a checkout's file times are the time of the checkout,
 * so they would make every page "updated today" and two builds of one commit differ.
 */
final class SourceHistory {
    private final Map<String, LocalDate> lastChanged;

    private SourceHistory(Map<String, LocalDate> lastChanged) {
        this.lastChanged = lastChanged;
    }

    /** Reads the history of the content folder with one git call; without git or a repository it is empty. */
    static SourceHistory read(Path projectRoot, Path contentRoot) {
        Map<String, LocalDate> dates = new HashMap<>();
        try {
            Process git = new ProcessBuilder("git", "log", "--format=%x00%cs", "--name-only", "--no-renames",
                    "--", RelativePath.of(projectRoot, contentRoot))
                    .directory(projectRoot.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String log;
            try (InputStream out = git.getInputStream()) {
                log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return new SourceHistory(Map.of());
            }
            String prefix = gitPrefix(projectRoot);
            LocalDate current = null;
            for (String line : log.split("\n")) {
                if (line.startsWith("\0")) {
                    current = LocalDate.parse(line.substring(1).trim());
                } else if (!line.isBlank() && current != null) {
                    String path = line.trim();
                    if (path.startsWith(prefix)) {
                        dates.putIfAbsent(path.substring(prefix.length()), current);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new SourceHistory(Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SourceHistory(Map.of());
        }
        return new SourceHistory(dates);
    }

    /** git names files from the repository's top; the project may sit in a sub-folder of it. */
    static String gitPrefix(Path projectRoot) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "--show-prefix")
                .directory(projectRoot.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String prefix;
        try (InputStream out = git.getInputStream()) {
            prefix = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        git.waitFor(10, TimeUnit.SECONDS);
        return prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceHistory history && history.lastChanged.equals(lastChanged);
    }

    @Override
    public int hashCode() {
        return lastChanged.hashCode();
    }

    /** @param source project-relative path such as {@code content/rapport/x.adoc} */
    LocalDate lastChanged(String source, LocalDate fallback) {
        return lastChanged.getOrDefault(source, fallback);
    }
}
