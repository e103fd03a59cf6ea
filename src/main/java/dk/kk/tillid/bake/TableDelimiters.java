package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.problem.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table closed with {@code |==} instead of {@code |===} is not closed: Asciidoctor reads on to the next
 * {@code |===} and logs what it finds there (an incomplete row at the end of that table, an unterminated table
 * opened by the next delimiter, a missing separator after it), each at the line where it noticed. Those cursors
 * are right for Asciidoctor but point past the editor's mistake, so the table messages after a mistyped delimiter
 * become one message on the line where the editor wrote it.
 */
final class TableDelimiters {
    /** A table delimiter is | and at least three '='; fewer is a typo, since no cell is written like that. */
    private static final Pattern MISTYPED = Pattern.compile("\\|={1,2}");
    private static final Pattern DELIMITER = Pattern.compile("\\|={3,}");

    private TableDelimiters() {
    }

    /**
     * {@code found} with each table message that follows a mistyped delimiter, in the same file, moved to that
     * delimiter's line, and those on one line merged; other messages unchanged, in order.
     *
     * @param pageLines the lines of {@code page}; other files named by Asciidoctor are read from {@code projectRoot}
     */
    static List<Diagnostic> atMistypedDelimiter(List<Diagnostic> found, String page, List<String> pageLines, Path projectRoot) {
        Map<String, Diagnostic> merged = new LinkedHashMap<>();
        List<Diagnostic> result = new ArrayList<>();
        for (Diagnostic d : found) {
            Optional<Integer> delimiter = isTableMessage(d)
                    ? mistypedBefore(d.file().equals(page) ? pageLines : lines(projectRoot.resolve(d.file())), d.line())
                    : Optional.empty();
            if (delimiter.isEmpty()) {
                result.add(d);
                continue;
            }
            String key = d.file() + ":" + delimiter.get();
            Diagnostic earlier = merged.get(key);
            if (earlier == null) {
                Diagnostic moved = new Diagnostic(d.severity(), d.file(), delimiter.get(),
                        "Linjen er ikke en tabelafgrænser: en tabel åbnes og lukkes med |=== (tre lighedstegn), så tabellen"
                                + " fortsætter forbi linjen (" + d.message() + ").",
                        "Skriv |=== på linjen, den samme afgrænser som den, der åbnede tabellen.");
                merged.put(key, moved);
                result.add(moved);
            } else if (d.isError() && !earlier.isError()) {
                Diagnostic stronger = new Diagnostic(Severity.ERROR, earlier.at(), earlier.message(), earlier.fix());
                merged.put(key, stronger);
                result.set(result.indexOf(earlier), stronger);
            }
        }
        return result;
    }

    private static boolean isTableMessage(Diagnostic d) {
        String message = d.message();
        return d.line() > 0 && (message.contains("table block") || message.contains("incomplete row")
                || message.contains("table missing leading separator"));
    }

    /**
     * The last mistyped delimiter on or before the 1-based {@code line} that stands where a table is open; a
     * {@code |==} outside a table is only text and has nothing to do with a table error further on.
     */
    private static Optional<Integer> mistypedBefore(List<String> lines, int line) {
        Optional<Integer> found = Optional.empty();
        boolean open = false;
        for (int i = 1; i <= Math.min(line, lines.size()); i++) {
            String text = lines.get(i - 1).strip();
            if (DELIMITER.matcher(text).matches()) {
                open = !open;
            } else if (open && MISTYPED.matcher(text).matches()) {
                found = Optional.of(i);
            }
        }
        return found;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
