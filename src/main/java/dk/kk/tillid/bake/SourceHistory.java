package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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
        Optional<String> log = GitCommand.output(projectRoot, "log", "--format=%x00%cs", "--name-only", "--no-renames",
                "--", RelativePath.of(projectRoot, contentRoot));
        if (log.isEmpty()) {
            return new SourceHistory(Map.of());
        }
        String prefix = GitCommand.projectPrefix(projectRoot);
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate current = null;
        for (String line : log.get().split("\n")) {
            if (line.startsWith("\0")) {
                current = LocalDate.parse(line.substring(1).trim());
            } else if (!line.isBlank() && current != null) {
                String path = line.trim();
                if (path.startsWith(prefix)) {
                    dates.putIfAbsent(path.substring(prefix.length()), current);
                }
            }
        }
        return new SourceHistory(dates);
    }

    /** The dates as text, for keeping them in the build cache ({@link KeptBuild}). */
    Map<String, String> asText() {
        Map<String, String> text = new java.util.TreeMap<>();
        lastChanged.forEach((source, date) -> text.put(source, date.toString()));
        return text;
    }

    /** @throws java.time.format.DateTimeParseException when a date is not one {@link #asText} wrote */
    static SourceHistory fromText(Map<String, String> text) {
        Map<String, LocalDate> dates = new HashMap<>();
        text.forEach((source, date) -> dates.put(source, LocalDate.parse(date)));
        return new SourceHistory(dates);
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
