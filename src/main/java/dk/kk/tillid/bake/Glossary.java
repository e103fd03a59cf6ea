package dk.kk.tillid.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations of the glossary page ({@code TERM:: expansion}, variants as {@code bl.a. / bla.}), so
 * that every page can mark their first use with {@code <abbr>} without editors doing it by hand.
 */
final class Glossary {
    private static final Pattern ENTRY = Pattern.compile("^(\\S.*?)::\\s+(.+)$");
    static final Glossary EMPTY = new Glossary(Map.of());

    /** Longest terms first, so "adm.dir." is found before "d.". */
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    private final Map<String, String> expansions;

    private Glossary(Map<String, String> expansions) {
        this.expansions = expansions;
        expansions.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(term -> patterns.put(term,
                        Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])")));
    }

    static Glossary read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return EMPTY;
        }
        Map<String, String> expansions = new LinkedHashMap<>();
        // Read leniently: a broken glossary file is reported, with its line, when the page itself is baked.
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList()) {
            Matcher entry = ENTRY.matcher(line.strip());
            if (entry.matches()) {
                for (String term : entry.group(1).split("\\s+/\\s+")) {
                    expansions.putIfAbsent(term.strip(), entry.group(2).strip());
                }
            }
        }
        return new Glossary(expansions);
    }

    Map<String, Pattern> patterns() {
        return patterns;
    }

    String expansion(String term) {
        return expansions.get(term);
    }
}
