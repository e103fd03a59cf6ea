package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The splitter's rules one at a time, each on a small lexicon that has exactly the words the rule is about. */
class CompoundSplitterRulesTest {

    private static List<String> split(String word, String... lexicon) {
        return new CompoundSplitter(Lexicon.of(lexicon)).split(Terms.folded(word));
    }

    @Test
    void aFirstPartWithItsLinkingSSplitsAtTheLink() {
        assertEquals(List.of("udvikling", "gruppe"), split("udviklingsgruppe", "udvikling", "gruppe"));
        assertEquals(List.of("tillid", "ledelse"), split("tillidsledelse", "tillid", "ledelse"));
    }

    @Test
    void theFirstAndLastWordsOfTheLexiconAreFoundLikeAnyOther() {
        assertEquals(List.of("aften", "skole"), split("aftenskole", "aften", "skole"));
        assertEquals(List.of("skole", "aften"), split("skoleaften", "aften", "skole"));
        assertEquals(List.of("aften", "zone"), split("aftenzone", "aften", "zone"));
    }

    @Test
    void aLastPartMayBeInflected() {
        assertEquals(List.of("kerne", "ydelserne"), split("kerneydelserne", "kerne", "ydelse"));
    }

    @Test
    void aThreeLetterPartCountsOnlyBesideALinkingLetter() {
        assertEquals(List.of("sag", "nummer"), split("sagsnummer", "sag", "nummer"));
        assertEquals(List.of("ledelse", "rum"), split("ledelsesrum", "ledelse", "rum"));
        assertEquals(List.of(), split("sagfører", "sag", "fører"), "sag without its s is too often a piece of a longer word");
        assertEquals(List.of(), split("skitseret", "skitse", "ret"), "nor is ret without one before it");
    }

    @Test
    void aThreeLetterWordEndsACompoundWithoutALinkWhereNothingElseSplitsIt() {
        assertEquals(List.of("fest", "sal"), split("festsal", "fest", "sal"));
        assertEquals(List.of("tekst", "fil"), split("tekstfil", "tekst", "fil"));
        assertEquals(List.of(), split("institution", "institut", "ion"), "a vowel-initial one is more often a suffix");
        assertEquals(List.of(), split("formål", "form", "ål"), "nor \"ål\" after \"form\": formål is for + mål");
        assertEquals(List.of(), split("skitseret", "skitse", "ret"), "an inflection ending of the whole word is no part");
        assertEquals(List.of("skole", "tavle"), split("skoletavle", "skole", "tavle", "skoleta", "vle"),
                "a longer last part wins over a three-letter one after a longer first part");
    }

    @Test
    void theParticleGenIsSplitOffBeforeALongWordThatBeginsWithAConsonant() {
        assertEquals(List.of("gen", "taenkning"), split("gentænkning", "tænkning"));
        assertEquals(List.of(), split("genetiker", "etiker"), "not before a vowel");
        assertEquals(List.of(), split("genstand", "stand"), "nor before a short word");
        assertEquals(List.of(), split("genstanden", "stand", "standen"), "nor before a short word's inflected form");
        assertEquals(List.of("gen", "taenkningen"), split("gentænkningen", "tænkning"));
    }

    @Test
    void aVerbParticleOrADerivationEndingIsNoPart() {
        assertEquals(List.of(), split("underviser", "under", "viser"));
        assertEquals(List.of(), split("lederskab", "leder", "skab"));
        assertEquals(List.of(), split("stående", "stå", "ende"));
    }

    @Test
    void eachPartIsSplitAgain() {
        assertEquals(List.of("leder", "udviklingsgruppe", "udvikling", "gruppe"),
                split("lederudviklingsgruppe", "leder", "udviklingsgruppe", "udvikling", "gruppe"));
    }

    @Test
    void aWordTheLexiconListsWholeIsSplitByTheSameRules() {
        assertEquals(List.of("leder", "uddannelse"), split("lederuddannelse", "leder", "uddannelse", "lederuddannelse"));
        assertEquals(List.of("tid", "linje"), split("tidslinje", "tid", "linje", "tidslinje"), "three letters beside the link");
        assertEquals(List.of(), split("ordliste", "ord", "liste", "ordliste"), "three letters without one are still no part");
    }

    @Test
    void aShortWordsInflectedFormEndsACompoundOfTwoOnly() {
        Lexicon lexicon = Lexicon.of("valg", "fag", "leve", "rand", "oere")
                .withShortForms(java.util.Map.of("faget", "fag", "oerer", "oere"));
        assertEquals(List.of("valg", "faget"), new CompoundSplitter(lexicon).split("valgfaget"));
        assertEquals(List.of("rand", "oerer"), new CompoundSplitter(lexicon).split("randoerer"));
        assertEquals(List.of(), new CompoundSplitter(lexicon).split("leverandoerer"), "not leve + rand + ører");
    }

    @Test
    void amongSplitsIntoAsManyPartsTheLongerFirstPartWins() {
        assertEquals(List.of("leder", "ugen"), split("lederugen", "lede", "leder", "rugen", "ugen"));
    }

    @Test
    void aDerivationEndingInTheWholeWordsStemIsNoPart() {
        assertEquals(List.of(), split("yderligere", "yder", "liger"), "yderligere stems to yderlig: -lig");
        assertEquals(List.of(), split("nationalisme", "national", "isme"));
    }

    @Test
    void theTermsOfThePartsAreStemmedAndCommonWordsLeftOut() {
        CompoundSplitter splitter = new CompoundSplitter(Lexicon.of("kerne", "ydelse"));
        assertEquals(List.of(Terms.term("kerne"), Terms.term("ydelserne")), splitter.parts("Kerneydelserne"));
        assertEquals(List.of(Terms.term("tillid")), new CompoundSplitter(Lexicon.of("selv", "tillid")).parts("Selvtillid"),
                "selv is a common word, not a term");
    }
}
