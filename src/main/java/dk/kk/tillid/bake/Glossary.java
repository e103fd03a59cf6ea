package dk.kk.tillid.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The abbreviations of the glossary page ({@code TERM:: expansion}, variants as {@code bl.a. / bla.}), so
 * that every page can mark their first use with {@code <abbr>} without editors doing it by hand. They are the
 * entries before the page's first section or in its section "Forkortelser"; entries of other sections (names,
 * programmes) are explained on the glossary page only.
 */
final class Glossary {
    private static final Pattern ENTRY = Pattern.compile("^(\\S.*?)::\\s+(.+)$");
    private static final String ABBREVIATIONS_SECTION = "Forkortelser";
    static final Glossary EMPTY = new Glossary(Map.of(), Map.of());

    private final Map<String, String> expansions;
    private final Map<String, String> entries;
    /** Every term in one alternation, longest first so "adm.dir." wins over "d.": one scan per text. */
    private final Pattern anyTerm;

    private Glossary(Map<String, String> expansions, Map<String, String> entries) {
        this.expansions = expansions;
        this.entries = entries;
        String alternatives = expansions.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.anyTerm = alternatives.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    static Glossary read(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return EMPTY;
        }
        Map<String, String> expansions = new LinkedHashMap<>();
        Map<String, String> entries = new LinkedHashMap<>();
        boolean abbreviations = true;
        // Read leniently: a broken glossary file is reported, with its line, when the page itself is baked.
        for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList()) {
            if (line.startsWith("== ")) {
                abbreviations = line.substring(3).strip().equals(ABBREVIATIONS_SECTION);
                continue;
            }
            Matcher entry = ENTRY.matcher(line.strip());
            if (abbreviations && entry.matches()) {
                for (String term : entry.group(1).split("\\s+/\\s+")) {
                    expansions.putIfAbsent(term.strip(), entry.group(2).strip());
                    entries.putIfAbsent(term.strip(), entry.group(1).strip());
                }
            }
        }
        return new Glossary(expansions, entries);
    }

    /** Matches any term as a whole word; null for an empty glossary. */
    Pattern anyTerm() {
        return anyTerm;
    }

    String expansion(String term) {
        return expansions.get(term);
    }

    /**
     * The id of a term's entry on the glossary page, from the term as written there ("bl.a. / bla." gives
     * "term-bl-a"), so that a page can link the entry of any variant.
     */
    static String anchor(String entry) {
        String first = entry.split("\\s+/\\s+")[0].toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        return "term-" + first.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The glossary entry a term is one variant of, as written on the glossary page. */
    String entryOf(String term) {
        return entries.get(term);
    }
}
