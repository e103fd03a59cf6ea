package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A block is compared without glossary expansions: the hand-written scan removes exactly what the regex would. */
class IncludedTextKeyTest {
    private static final Pattern EXPANSION = Pattern.compile(" \\([^()]*\\)");

    @Test
    void removesEveryExpansionAsTheRegexDoes() {
        assertEquals("TBL anbefales i KK.", IncludedText.key("TBL (tillidsbaseret ledelse) anbefales i KK (Københavns Kommune)."));
        assertEquals("a (b d)", IncludedText.key("a (b (c) d)"), "an expansion holds no parenthesis");
        Random random = new Random(20_261_130L);
        String alphabet = " ()ab";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder block = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                block.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = block.toString();
            assertEquals(EXPANSION.matcher(text).replaceAll(""), IncludedText.key(text), text);
        }
    }
}
