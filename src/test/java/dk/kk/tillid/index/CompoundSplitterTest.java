package dk.kk.tillid.index;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompoundSplitterTest {
    private static final CompoundSplitter DANISH = new CompoundSplitter(Lexicon.danish());

    @TestFactory
    Stream<DynamicTest> everyWordOfTheTableSplitsAsSpecified() throws IOException {
        String table;
        try (InputStream in = getClass().getResourceAsStream("/index/compound-splits.tsv")) {
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return table.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(line -> {
            String[] cells = line.split("\t");
            List<String> expected = cells[1].equals("-") ? List.of() : Arrays.asList(cells[1].split(" "));
            return DynamicTest.dynamicTest(cells[0], () -> assertEquals(expected, DANISH.split(Terms.folded(cells[0]))));
        });
    }

    @Test
    void partsComeAsTheTermsTheQueryLooksFor() {
        assertEquals(List.of(Terms.term("leder"), Terms.term("uddannelse")), DANISH.parts("Lederuddannelserne"));
        assertEquals(List.of(Terms.term("kerne"), Terms.term("ydelser")), DANISH.parts("kerneydelserne"));
    }

    @Test
    void theFewestPartsWinOverMoreThatAreAlsoWords() {
        Lexicon lexicon = Lexicon.of("leder", "lede", "uddannelse", "rud", "dannelse");
        assertEquals(List.of("leder", "uddannelse"), new CompoundSplitter(lexicon).split("lederuddannelse"));
    }

    @Test
    void aWordOutsideTheLexiconIsNotSplitIntoMadeUpParts() {
        Lexicon lexicon = Lexicon.of("møde", "øde");
        assertTrue(new CompoundSplitter(lexicon).split("moede").isEmpty());
        assertTrue(DANISH.split("xyzzyplugh").isEmpty());
    }
}
