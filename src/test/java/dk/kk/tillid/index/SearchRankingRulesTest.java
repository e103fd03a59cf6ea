package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking rules tuned on bench/search/queries.tsv, each on pages made for it (ReferenceSearch
 * restates search.js; SearchBrowserIT checks that Chromium ranks the same).
 */
class SearchRankingRulesTest {
    @TempDir
    Path site;

    private List<String> results(String query) throws IOException {
        return new ReferenceSearch(new SearchIndexer(site).model()).search(query).stream()
                .map(ReferenceSearch.Hit::href).toList();
    }

    private void page(String path, String title, String type, String anchor, String heading, String text) throws IOException {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        FixtureSite.write(site, path, FixtureSite.html(root, title, type, "<h1>" + title + "</h1>"
                + "<div class=\"sect1\"><h2 id=\"" + anchor + "\">" + heading + "</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph\"><p>" + text + "</p></div></div></div>"));
    }

    @Test
    void amongEqualsThePageWhereTheTextIsWrittenComesBeforeAPageThatRestatesIt() throws IOException {
        // Alphabetically the lookup page comes first; the report is where readers want to land.
        page("opslag/tidslinje.html", "Tidslinje", "page", "t", "Foråret", "Tilmeldingsfristen er afsluttet.");
        page("rapport/rapport.html", "Rapporten", "report", "d", "Diplom", "Tilmeldingsfristen er afsluttet.");
        assertEquals(List.of("rapport/rapport.html#d", "opslag/tidslinje.html#t"), results("tilmeldingsfristen"));
    }

    @Test
    void aKeynoteComesBeforeTheAnnexThatShowsItsProgrammeAmongEquals() throws IOException {
        page("bilag/bilag-2.html", "Bilag 2", "annex", "p", "Program", "16.15 Netværk og drink");
        page("keynotes/juni.html", "Keynote i juni", "keynote", "program", "Program", "16.15 Netværk og drink");
        assertEquals("keynotes/juni.html#program", results("drink").get(0));
    }

    @Test
    void theWordsNextToEachOtherComeBeforeTheSameWordsApart() throws IOException {
        page("keynotes/januar.html", "Keynote i januar", "keynote", "program", "Program",
                "15.15 Workshops om ledelse. 16.00 Afrunding og netværk.");
        page("keynotes/juni.html", "Keynote i juni", "keynote", "program", "Program", "16.00 Afrunding. 16.15 Drink.");
        List<String> hits = results("16.15");
        assertEquals(List.of("keynotes/juni.html#program", "keynotes/januar.html#program"), hits,
                "januar has 16 and 15 too, but not as 16.15");
        assertEquals("keynotes/juni.html#program", results("16 15").get(0), "the order typed, any separator");
        assertEquals("keynotes/januar.html#program", results("15.15 workshops").get(0));
    }

    @Test
    void aPhraseDoesNotOvertakeATitleMatch() throws IOException {
        page("programmer/social-kapital.html", "Social kapital", "programme", "a", "Om", "Kapital og tillid, social ansvarlighed.");
        page("rapport/rapport.html", "Rapporten", "report", "s", "Fælles", "Social kapital begrebet og tillid.");
        List<String> hits = results("social kapital");
        assertEquals("programmer/social-kapital.html", hits.get(0), "title match first: " + hits);
        assertEquals("rapport/rapport.html#s", hits.get(1), "then the phrase: " + hits);
    }

    @Test
    void stopWordsBetweenTheWordsDoNotBreakAPhrase() {
        assertTrue(ReferenceSearch.hasPhrase("Afrunding. Netværk og drink", List.of(Terms.term("netværk"), Terms.term("drink"))));
        assertFalse(ReferenceSearch.hasPhrase("Drink og netværk", List.of(Terms.term("netværk"), Terms.term("drink"))));
    }

    @Test
    void aGlossaryEntryWhoseTermIsTheQueryComesBeforeTextThatUsesIt() throws IOException {
        FixtureSite.write(site, "opslag/ordliste.html", FixtureSite.html("../", "Ordliste", "page", """
                <h1>Ordliste</h1>
                <div class="sect1"><h2 id="forkortelser">Forkortelser</h2><div class="sectionbody"><div class="dlist"><dl>
                <dt class="hdlist1" id="term-sof">SOF</dt><dd><p>Socialforvaltningen</p></dd>
                <dt class="hdlist1" id="term-suf">SUF</dt><dd><p>Sundheds- og Omsorgsforvaltningen</p></dd>
                </dl></div></div></div>"""));
        page("rapport/rapport.html", "Rapporten", "report", "f", "Fælles", "Dialog i SUF og SOF med deltagerne.");
        assertEquals("opslag/ordliste.html#term-sof", results("SOF").get(0));
    }

    @Test
    void anXTypedForKsIsOneTypo() throws IOException {
        page("programmer/kodeks.html", "Kodeks for god tillidsledelse", "programme", "a", "Om", "Et kodeks for ledelse.");
        assertEquals("programmer/kodeks.html", results("kodex").get(0));
        assertEquals("programmer/kodeks.html", results("Kodex for god tillidsledelse").get(0));
    }

    @Test
    void anInflectedFormOfAShortWordFindsTheWordAndItsOtherForms() throws IOException {
        page("bilag/bilag-3.html", "Bilag 3", "annex", "maal", "Københavnertællingen", "De syv langsigtede mål.");
        page("rapport/rapport.html", "Rapporten", "report", "m", "Målene", "Målene for kommunen er nået.");
        assertEquals(List.of("rapport/rapport.html#m", "bilag/bilag-3.html#maal"), results("målene"));
        assertEquals(List.of("rapport/rapport.html#m", "bilag/bilag-3.html#maal"), results("målet"), "a form the site does not use");
        assertEquals(2, results("mål").size(), "the short word finds its forms");
    }

    @Test
    void aWordOfItsOwnIsNoFormOfAShorterOne() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "l", "Ledere", "Hver leder har et ledelsesrum.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "k", "Kroppen", "Et led i kæden.");
        assertEquals(List.of("rapport/rapport.html#l"), results("leder"));
        assertEquals("bilag/bilag-1.html#k", results("led").get(0), "the word itself before words it begins");
    }

    private void glossary(String entries) throws IOException {
        FixtureSite.write(site, "opslag/ordliste.html", FixtureSite.html("../", "Ordliste", "page",
                "<h1>Ordliste</h1><div class=\"sect1\"><h2 id=\"forkortelser\">Forkortelser</h2><div class=\"sectionbody\">"
                        + "<div class=\"dlist\"><dl>" + entries + "</dl></div></div></div>"));
    }

    @Test
    void anAbbreviationsGlossaryEntryComesBeforePagesWithItInTheirTitle() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-lup\">LUP</dt><dd><p>Lederudviklingsprogrammet</p></dd>");
        page("programmer/lup-2.html", "LUP 2", "programme", "a", "Fælles", "LUP 2 og LUP 3 har moduler.");
        page("programmer/lup-3.html", "LUP 3", "programme", "a", "Fælles", "LUP 3 har hold.");
        assertEquals("opslag/ordliste.html#term-lup", results("LUP").get(0));
        assertEquals("programmer/lup-2.html", results("LUP 2").get(0), "the page whose title is the query");
    }

    @Test
    void anAbbreviationOfSingleLettersIsOneWord() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-f-s-v-a\">f.s.v.a.</dt><dd><p>for så vidt angår</p></dd>"
                + "<dt class=\"hdlist1\" id=\"term-phd\">PhD</dt><dd><p>philosophiae doctor (ph.d.)</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "e", "Eksamen", "F.s.v.a. eksamensopgaverne på modul 1.");
        assertEquals(List.of("opslag/ordliste.html#term-f-s-v-a", "rapport/rapport.html#e"), results("f.s.v.a."));
        assertEquals(List.of("opslag/ordliste.html#term-f-s-v-a", "rapport/rapport.html#e"), results("fsva"));
        assertEquals(List.of("opslag/ordliste.html#term-phd"), results("ph.d."), "ph.d. and PhD are one term");
    }

    @Test
    void afterAnAbbreviationsEntryComesThePageTitledWhatItStandsFor() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-dil\">DIL</dt><dd><p>Diplomuddannelse i Ledelse</p></dd>");
        page("programmer/dil-valgmodul.html", "DIL-valgmodul i tillidsledelse", "programme", "a", "Om", "Et valgmodul på DIL.");
        page("programmer/diplomuddannelse.html", "Diplomuddannelse i Ledelse", "programme", "a", "Om",
                "Diplomuddannelse i Ledelse (DIL) har lukkede hold.");
        List<String> hits = results("DIL");
        assertEquals(List.of("opslag/ordliste.html#term-dil", "programmer/diplomuddannelse.html#a"), hits.subList(0, 2), hits.toString());
        page("rapport/rapport.html", "Rapporten", "report", "d", "DIL-valgmodul", "Et DIL-valgmodul på uddannelsen.");
        hits = results("DIL-uddannelse");
        assertTrue(hits.get(0).startsWith("programmer/diplomuddannelse.html"), "beside another word: " + hits);
    }

    @Test
    void wordsAPageShowsOnlyAsAnAbbreviationsExpansionRankAfterTextThatWritesThem() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-bnp\">BNP</dt><dd><p>bruttonationalprodukt</p></dd>");
        // The bake marks an abbreviation's first use with its expansion as a tooltip; the index reads it as text.
        FixtureSite.write(site, "bilag/bilag-3.html", FixtureSite.html("../", "Bilag 3", "annex", "<h1>Bilag 3</h1>"
                + "<div class=\"sect1\"><h2 id=\"v\">Væksten</h2><div class=\"sectionbody\"><div class=\"paragraph\"><p>"
                + "Væksten i <a class=\"term\" href=\"../opslag/ordliste.html#term-bnp\">"
                + "<abbr title=\"bruttonationalprodukt\">BNP</abbr></a> var lav.</p></div></div></div>"));
        for (String query : List.of("bruttonationalprodukt", "brutto", "nationalprodukt")) {
            assertEquals(List.of("opslag/ordliste.html#term-bnp", "bilag/bilag-3.html#v"), results(query), query);
        }
        page("rapport/rapport.html", "Rapporten", "report", "b", "Økonomi", "Væksten i bruttonationalprodukt var lav.");
        assertEquals("rapport/rapport.html#b", results("bruttonationalprodukt").get(0), "written out, in a report");
        assertEquals("bilag/bilag-3.html#v", results("bruttonationalprodukt").get(2), "the expansion still finds the page");
    }

    @Test
    void anAbbreviationWithAGenitiveSIsTheAbbreviation() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-kk\">KK</dt><dd><p>Københavns Kommune</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "l", "Ledere", "KKs ledere og KK som arbejdsplads.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "k", "Kort", "KKs kort over byen.");
        assertEquals("opslag/ordliste.html#term-kk", results("KKs").get(0), "as for KK: its glossary entry first");
        assertEquals(3, results("KKs").size(), "the pages that write KK or KKs: " + results("KKs"));
        assertTrue(results("KK").contains("bilag/bilag-1.html#k"), "KK finds KKs written on a page");
    }

    @Test
    void aWordThatFindsNothingElseMayBeOneTypoFromAFourLetterWord() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-juhl\">Pia Juhl</dt><dd><p>Konsulent</p></dd>"
                + "<dt class=\"hdlist1\" id=\"term-binder\">Lene Binder</dt><dd><p>Chefkonsulent</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "j", "Jul", "Juul og julefrokost i december.");
        assertEquals(List.of("opslag/ordliste.html#term-juhl"), results("Juhl"));
        assertEquals(List.of("opslag/ordliste.html#term-binder"), results("Bindr"), "five letters typed, four indexed");
        assertEquals(List.of("rapport/rapport.html#j"), results("Juul"), "a word found as typed takes no typo");
        assertEquals(List.of("opslag/ordliste.html#term-juhl"), results("Juhk"));
    }

    @Test
    void aCompoundTypedAsOneWordThatFindsNothingIsSearchedAsItsParts() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "p", "Personale", "Personalechefkredsen mødes hver måned.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "k", "Kreds", "En kreds af ledere og en chef for hver.");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "t", "Tillid", "Tillidsledelse i praksis.");
        // The words written apart match exactly, inside a compound as parts: the usual order of the two.
        assertEquals(List.of("bilag/bilag-1.html#k", "rapport/rapport.html#p"), results("chefkredsen"), "apart, and inside a longer one");
        assertEquals(List.of("bilag/bilag-1.html#k", "rapport/rapport.html#p"), results("chefskreds"), "with a linking s");
        assertEquals(List.of("bilag/bilag-2.html#t"), results("tillidsledelse"), "a word found whole is not split");
        assertEquals(List.of(), results("chefxyzkreds"), "every part must be a term");
    }

    @Test
    void theWordInsideACompoundComesBeforeALongerWordThatBeginsWithIt() throws IOException {
        page("bilag/bilag-1.html", "Bilag 1", "annex", "v", "Væksten", "Produktiviteten steg, og produktiviteten faldt.");
        page("rapport/rapport.html", "Rapporten", "report", "b", "Økonomi", "Bruttonationalproduktet voksede.");
        assertEquals(List.of("rapport/rapport.html#b", "bilag/bilag-1.html#v"), results("produkt"));
    }

    @Test
    void aWordWithoutAnExactMatchFindsTheTermsThatEndWithIt() throws IOException {
        page("opslag/ordliste.html", "Ordliste", "page", "o", "Forkortelser", "Ord og forkortelser.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "l", "Listning", "Listningen af kasserne.");
        assertEquals(List.of("opslag/ordliste.html", "bilag/bilag-1.html#l"), results("liste"),
                "the compound that ends with it, before the word it only begins");
        assertEquals(results("liste"), results("listerne"), "any form of the word");
        page("rapport/rapport.html", "Rapporten", "report", "r", "Deltagere", "En liste over deltagerne.");
        assertFalse(results("liste").contains("opslag/ordliste.html"), "a word found as typed looks no further");
        assertEquals(List.of(), results("dliste"), "three letters must stand before it");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "z", "Stoffer", "Zylonat er et stof.");
        page("bilag/bilag-3.html", "Bilag 3", "annex", "b", "Stoffer", "Bizylonax er et andet.");
        assertEquals(List.of("bilag/bilag-2.html#z"), results("zylonax"), "one typo from a word: that word mistyped");
    }

    @Test
    void aShortWordTypedWithADotFindsTheLongerAbbreviationItBegins() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-jfr\">jfr.</dt><dd><p>jævnfør</p></dd>");
        assertEquals(List.of("opslag/ordliste.html#term-jfr"), results("jf."));
        assertEquals(List.of(), results("jf"), "without the dot two letters are no abbreviation");
    }

    @Test
    void aLongWordThatFindsNothingMayBeThreeEditsOff() throws IOException {
        page("bilag/bilag-1.html", "Bilag 1", "annex", "b", "Styring", "Mindre bureaukrati og mere autenticitet.");
        assertEquals(List.of("bilag/bilag-1.html#b"), results("burokrati"));
        assertEquals(List.of("bilag/bilag-1.html#b"), results("autensitet"));
        assertEquals(List.of(), results("burokra"), "a word of seven letters keeps to the ordinary limits");
    }

    @Test
    void aPhoneNumberPrintedInGroupsIsFoundTypedJoined() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "k", "Kontakt", "Mobil: 2812 2162, e-mail ulko@kk.dk.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "k", "Kontakt", "Telefon 33 66 33 66 hver dag.");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "m", "Mødet", "Lokale 2812, kl. 21.62 eller 2162.");
        page("bilag/bilag-3.html", "Bilag 3", "annex", "t", "Telefon", "Ring på +45 41 17 05 39 i dag.");
        page("bilag/bilag-4.html", "Bilag 4", "annex", "s", "Sekretariat", "Ring på +45 3366 9012 i dag.");
        assertEquals(List.of("rapport/rapport.html#k"), results("28122162"));
        assertEquals(List.of("bilag/bilag-1.html#k"), results("33663366"));
        assertTrue(results("2812").contains("rapport/rapport.html#k"), "and by its groups");
        assertEquals(List.of("bilag/bilag-3.html#t"), results("41170539"), "the country code before it left off");
        assertEquals(List.of("bilag/bilag-4.html#s"), results("33669012"), "in two groups after the country code");
    }

    @Test
    void aPhoneNumberTypedInOtherGroupsFindsItAsTheSiteWritesIt() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "k", "Kontakt", "Mobil: 2812 2162, e-mail ulko@kk.dk.");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "m", "Mødet", "Den 28. og 12. maj, kl. 21, lokale 62.");
        assertEquals(List.of("rapport/rapport.html#k"), results("28 12 21 62"));
        assertEquals(List.of("rapport/rapport.html#k"), results("+45 2812 2162"), "the groups as written, too");
        assertEquals(List.of("rapport/rapport.html#k"), results("+45 28 12 21 62"), "45 28 12 21 is no number the site has");
        assertEquals(List.of("bilag/bilag-2.html#m"), results("28 12 21"), "groups of fewer digits are no number");
    }

    @Test
    void aDateTypedInDigitsFindsTheDateWrittenOut() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "d", "Dato", "København, 13. februar 2013.");
        page("keynotes/juni.html", "Keynote i juni", "keynote", "p", "Program", "Torsdag 21. juni 2012 kl. 12.30.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "t", "Tal", "13 afdelinger i 2013, 02 ledere.");
        assertEquals("rapport/rapport.html#d", results("13-02-2013").get(0));
        assertEquals("rapport/rapport.html#d", results("13.02.2013").get(0));
        assertEquals(List.of("keynotes/juni.html#p"), results("2012-06-21"));
        assertEquals(List.of("keynotes/juni.html#p"), results("21/06/2012"));
    }

    @Test
    void aDateTypedWithASlashOrWithoutItsYearFindsTheDateWrittenOut() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "d", "Dato", "København, 13. februar 2013.");
        page("keynotes/juni.html", "Keynote i juni", "keynote", "p", "Program", "Torsdag 21. juni 2012 kl. 12.30.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "t", "Tal", "13 afdelinger i 2013, 2 ledere, 21 og 6 hold.");
        assertEquals("rapport/rapport.html#d", results("13/2 2013").get(0));
        assertEquals("rapport/rapport.html#d", results("13/2-2013").get(0));
        assertEquals("rapport/rapport.html#d", results("13.2.2013").get(0));
        assertEquals("keynotes/juni.html#p", results("21/6").get(0), "a slash is a date without its year");
        assertEquals("bilag/bilag-1.html#t", results("21.6").get(0), "a dot without a year is no date (a time, a section)");
    }

    @Test
    void aWordWithOrWithoutAFinalSIsTheSameWord() throws IOException {
        page("opslag/ordliste.html", "Ordliste", "page", "term-cogency", "Cogency", "Konsulenthus, skrev Tillidsrapporten.");
        page("rapport/rapport.html", "Rapporten", "report", "r", "Kompetencer", "Vi tager afsæt i Cogencys materiale.");
        page("programmer/keynotes.html", "Keynotes", "programme", "p", "Programmerne", "Her finder du programmerne.");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "b", "Program", "Programmet for en keynote.");
        assertEquals("opslag/ordliste.html#term-cogency", results("Cogencys").get(0), "a genitive");
        assertEquals("programmer/keynotes.html", results("keynote").get(0), "a loanword's plural");
    }

    @Test
    void aTypoOfTheWordWithItsFinalSFindsTheWordWithIt() throws IOException {
        page("programmer/keynotes.html", "Keynotes", "programme", "p", "Programmerne", "Her finder du programmerne.");
        page("keynotes/juni.html", "LUP Keynote og Direktørforum", "keynote", "p", "Program", "En keynote om tillid.");
        assertTrue(results("kenote").contains("programmer/keynotes.html"), "kenote, keynotes: " + results("kenote"));
    }

    @Test
    void aTypoOfTheSFormIsNoHitWhereTheTypedWordIsFound() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "l", "Lederne", "En leder taler med sine medarbejdere.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "s", "Styring", "God ledelse giver tillid.");
        page("programmer/keynotes.html", "Keynotes", "programme", "p", "Programmerne", "Her finder du programmerne.");
        assertEquals(List.of("rapport/rapport.html#l"), results("leder"), "ledelse is no typo of leder");
        assertTrue(results("kenote").contains("programmer/keynotes.html"), "kenote, keynotes: " + results("kenote"));
    }

    @Test
    void theEBeforeAFinalLOrRIsPutInOrTakenOut() throws IOException {
        page("bilag/bilag-3.html", "Bilag 3", "annex", "r", "Reformen", "Mangelfulde data om en regel.");
        page("rapport/rapport.html", "Rapporten", "report", "c", "Cykler", "Cyklerne holder i gården.");
        assertEquals(List.of("bilag/bilag-3.html#r"), results("mangler"), "mangler is mangel's plural, mangelfulde begins with it");
        assertEquals(List.of("bilag/bilag-3.html#r"), results("reglerne"));
        assertEquals(List.of("rapport/rapport.html#c"), results("cykel"));
        page("bilag/bilag-4.html", "Bilag 4", "annex", "h", "Handling", "En handling.");
        page("bilag/bilag-5.html", "Bilag 5", "annex", "p", "Plan", "En handlingsplan.");
        page("bilag/bilag-6.html", "Bilag 6", "annex", "v", "Vilje", "Oplæg ved Hans Hansel.");
        assertFalse(results("handel").contains("bilag/bilag-5.html#p"), "handel is one typo from Hansel: " + results("handel"));
    }

    @Test
    void klBeforeATimeIsNoWordTheProgrammeMustWrite() throws IOException {
        page("keynotes/juni.html", "Keynote i juni", "keynote", "program", "Program", "16.00 Afrunding. 16.15 Drink.");
        page("keynotes/januar.html", "Keynote i januar", "keynote", "program", "Program", "Fra kl. 12.30. 15.15 Workshop, 16.00 netværk.");
        assertEquals("keynotes/juni.html#program", results("kl. 16.15").get(0));
        assertEquals("keynotes/juni.html#program", results("kl 16:15").get(0));
        page("opslag/ordliste.html", "Ordliste", "page", "term-kl", "kl.", "klokken");
        assertEquals("opslag/ordliste.html#term-kl", results("kl.").get(0), "alone it is the abbreviation");
        page("rapport/rapport.html", "Rapporten", "report", "kl", "Aftalen", "KL indgik aftalen i 2013.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "t", "2013", "Tallene for 2013.");
        assertEquals("rapport/rapport.html#kl", results("KL 2013").get(0), "KL before a year is Kommunernes Landsforening");
    }

    @Test
    void aShortFormOfTwoOrThreeLettersIsNotLookedForAtTheEndOfTerms() throws IOException {
        page("bilag/bilag-1.html", "Bilag 1", "annex", "b", "Foto", "Et billede af huset.");
        page("bilag/bilag-2.html", "Bilag 2", "annex", "l", "Styring", "God ledelse i afdelingen.");
        page("bilag/bilag-3.html", "Bilag 3", "annex", "t", "Roller", "Et topled i afdelingen.");
        assertEquals(List.of("bilag/bilag-2.html#l"), results("lede"), "not billede nor topled by the short form led");
        page("keynotes/januar.html", "Keynote i januar", "keynote", "p", "Stedet", "Vi mødes i Porcelænshaven.");
        assertEquals(List.of("keynotes/januar.html#p"), results("haven"), "a word without prefix matches keeps them");
    }

    @Test
    void whileAWordIsBeingTypedInTheHeaderBoxItsPrefixMatchesAreEnough() throws IOException {
        page("opslag/ordliste.html", "Ordliste", "page", "o", "Forkortelser", "Ord og forkortelser.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "l", "Listning", "Listningen af kasserne.");
        ReferenceSearch search = new ReferenceSearch(new SearchIndexer(site).model());
        assertEquals(List.of("bilag/bilag-1.html#l"), search.search("liste", true).stream()
                .map(ReferenceSearch.Hit::href).toList(), "liste is still being typed: no ordliste yet");
        assertEquals(List.of("opslag/ordliste.html", "bilag/bilag-1.html#l"), search.search("liste", false).stream()
                .map(ReferenceSearch.Hit::href).toList(), "search.html, and a finished word, as before");
    }

    @Test
    void aGuessOfFourLettersDoesNotKeepAWordFromTheTermsThatEndWithIt() throws IOException {
        page("opslag/ordliste.html", "Ordliste", "page", "o", "Forkortelser", "Ord og forkortelser.");
        page("bilag/bilag-4.html", "Bilag 4", "annex", "l", "Lidt", "Lidt om siden.");
        assertEquals(List.of("opslag/ordliste.html", "bilag/bilag-4.html#l"), results("liste"));
    }

    @Test
    void aTitleWithTheWordAsACompoundsPartComesBeforeTextThatWritesTheWordAlone() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "b", "Økonomi", "Et budget for året.");
        page("programmer/budgetmoeder.html", "Budgetmøder", "programme", "m", "Møderne", "Vi mødes hver måned.");
        assertEquals("programmer/budgetmoeder.html", results("budget").get(0), "a page about it, by its title");
        FixtureSite.write(site, "programmer/budgetmoeder.html", FixtureSite.html("../", "Budgetmøder", "programme",
                "<h1>Budgetmøder</h1><div class=\"paragraph\"><p>Vi mødes om et budget.</p></div>"));
        assertEquals("programmer/budgetmoeder.html", results("budget").get(0), "also where its text writes the word alone");
    }

    @Test
    void aSectionWhoseWholeTextIsTheQueryNamesIt() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-ucc\">UCC</dt><dd><p>University College Capital</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "u", "Uddannelse", "University College Capital har hold.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "u", "Hold", "Hold hos University College Capital.");
        assertEquals("opslag/ordliste.html#term-ucc", results("University College Capital").get(0));
    }

    @Test
    void wordsTypedAroundOneTermAreAPhraseThoughStopWordsCountNothing() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-pba\">p.b.a.</dt><dd><p>på baggrund af</p></dd>");
        page("bilag/bilag-1.html", "Bilag 1: Baggrundsmateriale", "annex", "b", "Bilag", "Materialet til rapporten.");
        assertEquals("opslag/ordliste.html#term-pba", results("på baggrund af").get(0));
        assertEquals("bilag/bilag-1.html", results("baggrund").get(0), "one word: the page titled with it");
    }

    @Test
    void aFormFoundOnlyAsItsShortWordRanksTheFormAsTypedFirst() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "d", "Planen", "En del af planen.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "v", "Vækst", "Vækst-delen af planen.");
        List<String> hits = results("delen");
        assertEquals(List.of("bilag/bilag-1.html#v", "rapport/rapport.html#d"), hits);
    }

    @Test
    void aQueryOfOneLetterAndADotFindsTheHeadingThatIsThatAbbreviation() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-s\">s.</dt><dd><p>side</p></dd>"
                + "<dt class=\"hdlist1\" id=\"term-v\">v.</dt><dd><p>ved</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "k", "Kilder", "Se s. 12 i rapporten.");
        assertEquals("opslag/ordliste.html#term-s", results("s.").get(0));
        assertEquals("opslag/ordliste.html#term-v", results(" V. ").get(0));
        assertEquals(List.of(), results("s"), "without the dot a single letter is no word");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "m", "Mødet 12", "Mødet begynder kl. 12.");
        assertEquals("rapport/rapport.html#k", results("s. 12").get(0), "beside other words the page with both first");
    }

    @Test
    void aLetterWithItsDotNotAskedForDoesNotBreakAPhrase() throws IOException {
        page("bilag/bilag-1.html", "Bilag 1", "annex", "f", "Festsal", "Festsalen er booket 21. maj, ikke i juni.");
        page("rapport/rapport.html", "Rapporten", "report", "r", "Rådhuset", "Rådhusets festsal d. 21. juni.");
        assertEquals("rapport/rapport.html#r", results("festsal 21. juni").get(0));
    }

    @Test
    void aLetterWithItsDotIsNotLookedUpWithCAndKSwapped() throws IOException {
        page("bilag/bilag-1.html", "Bilag 1", "annex", "t", "Tastatur", "Kopier med Ctrl+C.");
        assertEquals(List.of(), results("k."));
    }

    @Test
    void aTermThatOnlyEndsWithTheWordIsNoTitleMatch() throws IOException {
        page("bilag/bilag-1.html", "Forandring og møde", "annex", "a", "Om", "Bilaget om dagen.");
        page("rapport/rapport.html", "Rapporten", "report", "f", "Forløb", "Forandring efter hvert moede.");
        assertEquals("rapport/rapport.html#f", results("ring moede").get(0),
                "the spelling as typed before a title that only ends with the word");
    }

    @Test
    void aWordThatFindsNothingIsLookedUpWithCAndKSwappedFirst() throws IOException {
        page("opslag/ordliste.html", "Ordliste", "page", "cogency", "Cogency", "Et konsulentfirma.");
        page("rapport/rapport.html", "Rapporten", "report", "k", "Kapital", "Social kapital bygges op.");
        assertEquals(List.of("opslag/ordliste.html#cogency"), results("Kogency"));
        assertEquals(List.of("rapport/rapport.html#k"), results("capital"));
    }

    @Test
    void aThreeLetterWordFindsTheCompoundsItEndsWhoseRestIsAWordOfTheSiteToo() throws IOException {
        page("keynotes/januar.html", "Fælles keynotedag", "keynote", "p", "Program", "Keynoten holdes i januar.");
        page("rapport/rapport.html", "Rapporten", "report", "k", "Kapital", "Social kapital er på dagsordenen.");
        assertTrue(results("dag").get(0).startsWith("keynotes/januar.html"), "keynote + dag, before dagsordenen");
        assertFalse(results("tal").contains("rapport/rapport.html#k"), "kapital is no kapi + tal");
    }

    @Test
    void aThreeLetterWordDoesNotFindACompoundThroughALinkingLetterOfAStem() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "d", "Dagen", "En dag med en dagsorden.");
        assertEquals(List.of(), results("ord"), "dagsorden is no dags + ord");
        assertEquals(List.of("rapport/rapport.html#d"), results("dag"));
        page("opslag/tidslinje.html", "Tidslinje", "page", "t", "Forløbet", "Hvert år har sit årstal.");
        assertEquals(List.of("opslag/tidslinje.html#t"), results("tal"), "årstal is år + tal, as written");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "a", "Afdelingen", "Hver afdelingsleder har en afdeling.");
        page("rapport/rapport.html", "Rapporten", "report", "d", "Dagen", "God ledelse kræver tid.");
        assertEquals("rapport/rapport.html#d", results("led").get(0),
                "afdelingsleder is no afdelings + led: both only begin with led, the word itself before the part");
    }

    @Test
    void lettersAndANumberTypedTogetherAreTheTwoWordsTheSiteWritesApart() throws IOException {
        page("programmer/lup-2.html", "LUP 2", "programme", "m", "Moduler", "Forløbets moduler.");
        page("programmer/lup-3.html", "LUP 3", "programme", "m", "Moduler", "Forløbets moduler.");
        assertTrue(results("LUP2").get(0).startsWith("programmer/lup-2.html"), results("LUP2").toString());
        assertTrue(results("lup3").get(0).startsWith("programmer/lup-3.html"), results("lup3").toString());
        assertEquals(List.of(), results("LUP4"), "a number no page writes beside the word finds nothing");
    }

    @Test
    void thePageWhereTheTextIsWrittenComesBeforeALongSectionThatRepeatsTheWords() throws IOException {
        page("opslag/tidslinje.html", "Tidslinje", "page", "t", "Forløbet", "Marts 2013: møder. April 2013: studietur. "
                + "Maj 2013: kursus. Juni 2013: keynote. Efteråret 2013: hold. I april er der travlt.");
        page("bilag/bilag-3.html", "Bilag 3", "annex", "p", "Perspektiv", "Studieturen går til London i april 2013.");
        assertEquals("bilag/bilag-3.html#p", results("april 2013").get(0), "the timeline writes 2013 five times");
        page("om/rejser.html", "Rejser", "page", "s", "Studietur april 2013", "Rejsen og programmet.");
        assertEquals("om/rejser.html#s", results("april 2013").get(0), "a heading with the words still comes first");
    }

    @Test
    void aHeadingWithEveryWordInTheOrderTypedIsAboutThemThoughANameIsSpelledWithCOrK() throws IOException {
        glossary("<dt class=\"hdlist1\" id=\"term-claus-juhl\">Claus Juhl</dt><dd><p>Adm.dir., ØKF.</p></dd>"
                + "<dt class=\"hdlist1\" id=\"term-klaus-majgaard\">Klaus Majgaard</dt><dd><p>Professor, CBS.</p></dd>");
        page("rapport/rapport.html", "Rapporten", "report", "k", "Keynotes", "Oplæg fra Klaus Majgaard. Velkomst ved Claus Juhl.");
        assertEquals("opslag/ordliste.html#term-claus-juhl", results("Klaus Juhl").get(0), "not the report's Klaus and Juhl");
        assertEquals("opslag/ordliste.html#term-klaus-majgaard", results("Claus Majgaard").get(0));
        page("bilag/bilag-3.html", "Bilag 3", "annex", "t", "3.1. Tællingen", "Tallene for byen.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "m", "Mål", "Se afsnit 1.3 og 3 om det.");
        assertEquals("bilag/bilag-1.html#m", results("1.3").get(0), "a heading with the words in another order is not about them");
    }

    @Test
    void aDateTypedInDigitsIsAPhraseWrittenOutToo() throws IOException {
        page("opslag/tidslinje.html", "Tidslinje", "page", "t", "Forløbet", "Januar 2013: keynote. "
                + "13. februar 2013: rapporten (dateret 13-02-2013). Foråret 2013: hold.");
        page("rapport/rapport.html", "Rapporten", "report", "d", "Dato", "København, 13. februar 2013.");
        assertEquals("rapport/rapport.html#d", results("13-02-2013").get(0), "not the timeline, which writes it in digits too");
    }

    @Test
    void aSingleLetterTypedBesideAWordSaysWhichOne() throws IOException {
        page("programmer/diplom.html", "Diplomuddannelse", "programme", "l", "Lukkede hold", "Holdene oprettes til efteråret.");
        page("keynotes/januar.html", "Keynote i januar", "keynote", "p", "Program", "Inviterede: LUP 3 hold C, D og E.");
        page("keynotes/juni.html", "Keynote i juni", "keynote", "p", "Program", "Inviterede: LUP 3 hold A og B.");
        assertEquals("keynotes/januar.html#p", results("hold C").get(0), "not the heading with hold alone");
        assertEquals("keynotes/juni.html#p", results("hold A").get(0));
        assertEquals("programmer/diplom.html#l", results("hold").get(0), "the word alone: its heading");
    }

    @Test
    void wordsTypedJoinedByADotOrHyphenComeBeforeTheSameWordsNextToEachOtherOtherwise() throws IOException {
        page("rapport/rapport.html", "Rapporten", "report", "f", "Faser", "Deltagerne fra fase 1, 2 og 3 mødes.");
        page("bilag/bilag-1.html", "Bilag 1", "annex", "b", "Indhold", "Afsnit 1.2 om tillid (ikke medtaget).");
        assertEquals("bilag/bilag-1.html#b", results("1.2").get(0), "the section number, not fase 1, 2");
        page("opslag/tidslinje.html", "Tidslinje", "page", "t", "Datoer", "Rapporten, dateret 13-02-2013.");
        page("rapport/dato.html", "Dato", "report", "d", "Dato", "København, 13. februar 2013.");
        assertEquals("rapport/dato.html#d", results("13-02-2013").get(0), "a date: written out is the same");
    }
}
