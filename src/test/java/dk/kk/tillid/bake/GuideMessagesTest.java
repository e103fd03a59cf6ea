package dk.kk.tillid.bake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's list of messages (content/om/vejledning.adoc, "Når bygningen fejler") quotes the tool's own
 * messages, Asciidoctor's in their Danish form included: every quoted message's fixed words must be in the code
 * that prints it, so the list cannot drift.
 */
class GuideMessagesTest {
    /** A quoted message at the start of a definition: "…":: */
    private static final Pattern QUOTED = Pattern.compile("^\"([^\"]+)\"( \\(advarsel\\))?::", Pattern.MULTILINE);
    /**
     * What the guide writes for the parts that vary: 'X', X.html, A, …, and the like; and the folders the
     * code takes from jbake.properties, which the guide names as this project sets them.
     */
    private static final Pattern VARIABLE = Pattern.compile("'[A-Z]'|\\b[A-Z]\\b(\\.html)?|…|:jbake-X:|\\b(templates|emner)/");

    @Test
    void everyQuotedMessageIsOneTheToolPrints() throws IOException {
        String guide = Files.readString(Path.of("content/om/vejledning.adoc"));
        int start = guide.indexOf("[#fejl]");
        int end = guide.length();
        assertTrue(start > 0 && end > start, "the guide has its list of messages");
        String code = code();
        List<String> missing = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(guide.substring(start, end));
        int messages = 0;
        while (quoted.find()) {
            messages++;
            for (String part : VARIABLE.split(quoted.group(1))) {
                String words = part.strip();
                if (words.length() >= 6 && !code.contains(words)) {
                    missing.add(quoted.group(1) + "  (\"" + words + "\")");
                }
            }
        }
        assertTrue(messages >= 25, "found " + messages + " messages");
        assertEquals(List.of(), missing, "quoted in the guide but printed by no code");
    }

    private static String code() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
