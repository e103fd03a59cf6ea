package dk.kk.tillid.index;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sections a reader gets for the queries of the issue, and in which order (fixture site). */
class SearchRankingTest {
    private static final String REPORT = "rapporter/tillidsdagsordenen-i-lederuddannelser.html";
    private static final String BILAG_1 = "bilag/bilag-1.html";
    private static final String KODEKS = REPORT + "#kodeks-for-god-tillidsledelse";
    private static final String FAELLES = REPORT + "#faelles-for-lup-2-og-3";
    private static final String KEYNOTE = "keynote/keynotedag-januar-2013.html#keynoteforelaesning";
    private static final String PROGRAM = "program/direktoerforum-juni.html#program";
    private static final String LUP_2 = REPORT + "#saerligt-for-lup-2";
    private static final String OM_SITET = "sider/om-sitet.html";

    @TempDir
    static Path site;
    static ReferenceSearch search;

    @BeforeAll
    static void index() throws IOException {
        FixtureSite.write(site);
        search = new ReferenceSearch(new SearchIndexer(site).model());
    }

    private static List<String> results(String query) {
        return search.search(query).stream().map(ReferenceSearch.Hit::href).toList();
    }

    @Test
    void olgardFindsBothSpellingsWithTheTypedOneFirst() {
        assertEquals(List.of(BILAG_1, KODEKS), results("Ølgård"));
        assertEquals(List.of(KODEKS, BILAG_1), results("Ølgaard"));
        assertEquals(java.util.Set.of(KODEKS, BILAG_1), java.util.Set.copyOf(results("Oelgaard")), "oe typed for ø");
    }

    @Test
    void majgaardFindsMaigaardAfterTheExactSpelling() {
        assertEquals(List.of(FAELLES, KEYNOTE), results("Majgaard"));
        assertEquals(List.of(KEYNOTE, FAELLES), results("Maigaard"));
        assertEquals(List.of(FAELLES, KEYNOTE), results("Majgård"));
    }

    @Test
    void aPartOfACompoundFindsTheCompound() {
        assertTrue(results("ledelse").contains(KODEKS), "tillidsledelse");
        assertTrue(results("styring").contains(BILAG_1 + "#visioner-for-ledelse"), "processtyring");
    }

    @Test
    void theWordItselfRanksBeforeCompoundsThatContainIt() {
        List<String> ledelse = results("ledelse");
        assertTrue(ledelse.indexOf(REPORT + "#diplomuddannelse-i-ledelse") < ledelse.indexOf(KODEKS));
        assertTrue(ledelse.indexOf(LUP_2) < ledelse.indexOf(KODEKS));
    }

    @Test
    void tillidFindsItsInflectedFormsAndCompounds() {
        List<String> tillid = results("tillid");
        assertTrue(tillid.contains(BILAG_1 + "#visioner-for-ledelse"), "tilliden");
        assertTrue(tillid.contains(REPORT + "#lup-2"), "tillidsbaseret");
    }

    @Test
    void ledelseLederAndLedFindDifferentSections() {
        assertFalse(results("ledelse").contains(OM_SITET), "om-sitet says only led and leder");
        assertEquals(OM_SITET, results("led").get(0), "the only page with the word led comes first");
        List<String> leder = results("leder");
        // The report's title, "…i lederuddannelser", has leder as a compound's part: it is about leaders, so first.
        assertEquals(REPORT, leder.get(0), "leder: " + leder);
        assertTrue(leder.subList(1, 3).contains(OM_SITET), "leder: " + leder);
    }

    @Test
    void typosFindThygesen() {
        for (String typo : List.of("Thygesn", "Tygesen")) {
            assertEquals(List.of(PROGRAM, LUP_2), results(typo), typo);
        }
        assertEquals(List.of(PROGRAM, LUP_2), results("Thygesne"), "eight letters allow two edits");
        assertEquals(List.of(PROGRAM, LUP_2, FAELLES), results("Thygesen"), "the source's Thyngesen is one typo away");
    }

    @Test
    void shortWordsGetNoTypoTolerance() {
        assertTrue(results("lup").size() > 0);
        assertTrue(results("lyp").isEmpty(), "one typo in a three-letter word is another word");
    }

    @Test
    void stopWordsMatchNothing() {
        assertTrue(results("og").isEmpty());
        assertEquals(results("Thygesen"), results("Thygesen og"), "og adds nothing to a query");
    }

    @Test
    void aHeadingMatchRanksBeforeABodyMatch() {
        assertEquals("program/direktoerforum-juni.html#formaal", results("formål").get(0));
    }

    @Test
    void aTitleMatchLeadsToThePageItself() {
        assertEquals("keynote/keynotedag-januar-2013.html", results("keynotedag").get(0));
    }

    @Test
    void allWordsMustMatchWhenSomeSectionHasThemAll() {
        assertEquals(List.of(PROGRAM, LUP_2), results("Thygesen CBS"));
    }

    @Test
    void sectionsWithSomeOfTheWordsAreShownWhenNoneHasAll() {
        List<ReferenceSearch.Hit> hits = search.search("Ølgård Maigaard");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().allMatch(h -> h.matched() == 1));
    }

    @Test
    void asYouTypePrefixesFindWholeWords() {
        assertTrue(results("Thyge").contains(PROGRAM));
        assertTrue(results("tillidsle").contains(KODEKS));
    }

    @Test
    void hiddenPartsOfPagesAreNotFound() {
        assertTrue(results("Tagside").isEmpty(), "tag page");
    }

    @Test
    void aPageWhoseTitleHasTheWordsComesFirstAndTheFrontPageNeverOutranksContent() {
        List<String> hits = results("lederuddannelser");
        assertEquals(REPORT, hits.get(0), "title match first: " + hits);
        assertTrue(hits.indexOf("index.html") > hits.indexOf(REPORT + "#faelles-for-lup-2-og-3") || !hits.contains("index.html"),
                "front page after content: " + hits);
        assertEquals("index.html", results("lederuddannelserne").get(results("lederuddannelserne").size() - 1),
                "the front page ranks last even where its title has the word");
    }

    @Test
    void anAbbreviationInCapitalsMatchesOnlyTheAbbreviation() {
        List<String> dil = results("DIL");
        assertEquals(REPORT + "#dil-valgmodul-i-tillidsledelse", dil.get(0));
        assertFalse(dil.contains(FAELLES), "no prefix match of 'dilemmaer': " + dil);
        assertTrue(results("dil").contains(FAELLES), "typed in lower case it is a prefix as usual");
    }

    @Test
    void theCaseNumberAndCaseOfficerOfTheLetterheadFindTheReport() {
        assertEquals(REPORT, results("2013-34025").get(0));
        assertEquals(REPORT, results("Ulla Koch").get(0));
    }
}
