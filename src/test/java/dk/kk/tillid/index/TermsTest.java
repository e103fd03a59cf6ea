package dk.kk.tillid.index;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermsTest {

    @TestFactory
    Stream<DynamicTest> everyWordVectorHolds() {
        return TermVectors.words().stream().map(v -> DynamicTest.dynamicTest(v.word(), () -> {
            assertEquals(v.term(), Terms.term(v.word()), "term");
            assertEquals(v.spelling(), Terms.spelling(v.word()), "spelling");
            assertEquals(v.edits(), Terms.allowedEdits(v.word()), "edits");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTextVectorHolds() {
        return TermVectors.texts().stream().map(v -> DynamicTest.dynamicTest(v.text(), () ->
                assertEquals(v.terms(), Terms.words(v.text()).stream().map(Terms::term).filter(t -> !t.isEmpty()).toList())));
    }

    @TestFactory
    Stream<DynamicTest> everyShortStemVectorHolds() {
        return TermVectors.shortStems().stream().map(v -> DynamicTest.dynamicTest(v.word(), () ->
                assertEquals(v.shortStems(), Terms.shortStems(v.word()))));
    }

    @Test
    void theDictionaryJoinsTheFormsOfAShortWordThatTheLightStemCannot() {
        Lexicon danish = Lexicon.danish();
        for (String form : List.of("målene", "målet", "Maalene")) {
            assertEquals(Terms.term("mål", danish), Terms.term(form, danish), form);
        }
        assertEquals(Terms.term("syn", danish), Terms.term("synet", danish));
        assertEquals("maalen", Terms.term("målene"), "the query side's own term stays the light stem");
    }

    @Test
    void aFormTheDictionaryListsAsAWordOfItsOwnKeepsItsTerm() {
        Lexicon danish = Lexicon.danish();
        assertEquals("leder", Terms.term("leder", danish), "a leader, not a form of led");
        assertEquals(3, Stream.of("ledelse", "leder", "led").map(w -> Terms.term(w, danish)).distinct().count());
    }

    @Test
    void theOldAndNewSpellingOfAaAreOneTerm() {
        assertEquals(Terms.term("Ølgaard"), Terms.term("Ølgård"));
        assertEquals(Terms.term("Majgaard"), Terms.term("Majgård"));
        assertNotEquals(Terms.spelling("Ølgaard"), Terms.spelling("Ølgård"));
    }

    @Test
    void aeAndOeTypedForTheDanishLettersMeetThem() {
        assertEquals(Terms.term("særligt"), Terms.term("saerligt"));
        assertEquals(Terms.term("Københavns"), Terms.term("Koebenhavns"));
    }

    @Test
    void inflectedFormsShareTheTermOfTheBaseForm() {
        for (String form : List.of("tilliden", "tillidens")) {
            assertEquals(Terms.term("tillid"), Terms.term(form), form);
        }
        for (String form : List.of("ledelsen", "ledelser", "ledelsens")) {
            assertEquals(Terms.term("ledelse"), Terms.term(form), form);
        }
        for (String form : List.of("lederen", "ledere", "lederens")) {
            assertEquals(Terms.term("leder"), Terms.term(form), form);
        }
        assertEquals(Terms.term("proces"), Terms.term("processen"));
    }

    @Test
    void aSingleLetterWithItsDotIsTheAbbreviationAndATermWithoutItNone() {
        assertEquals(List.of("d.", "21", "juni"), Terms.words("d. 21. juni"));
        assertEquals("d", Terms.term("d."));
        assertEquals("", Terms.term("d"), "a letter alone is no term");
        assertEquals(List.of("bl.a", "s."), Terms.words("bl.a. s. "), "longer dotted abbreviations stay one word");
    }

    @Test
    void aNounInEtMeetsItsDefiniteFormWithTheTDoubled() {
        for (String form : List.of("budgettet", "budgettets")) {
            assertEquals(Terms.term("budget"), Terms.term(form), form);
        }
        assertEquals(Terms.term("kabinet"), Terms.term("kabinettet"));
        assertEquals(Terms.term("tal"), Terms.term("tallet"), "a base without -et stays whole");
        for (String form : List.of("højsletten", "højsletter", "højsletterne")) {
            assertEquals(Terms.term("højslette"), Terms.term(form), form + ": a doubled t before other endings stays");
        }
    }

    @Test
    void ledelseLederAndLedStayThreeDifferentTerms() {
        assertEquals(3, Stream.of("ledelse", "leder", "led").map(Terms::term).distinct().count());
    }

    @Test
    void commonWordsAreNotSearchTerms() {
        for (String word : List.of("og", "i", "på", "det", "at", "en", "som", "til")) {
            assertEquals("", Terms.term(word), word);
        }
    }

    @Test
    void wordsSplitOnPunctuationButKeepDanishLetters() {
        assertEquals(List.of("KK", "s", "LUP", "deltagere", "Ølgård"), Terms.words("KK’s LUP-deltagere (Ølgård)."));
        assertTrue(Terms.words("").isEmpty());
    }
}
