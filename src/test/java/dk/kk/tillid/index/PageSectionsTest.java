package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a baked page becomes search entries: which files count, where sections start, where words end. */
class PageSectionsTest {
    @TempDir
    Path site;

    private List<SectionText> sections(String main) throws IOException {
        FixtureSite.write(site, "side.html", FixtureSite.html("", "Side", "report", main));
        Page page = IncludedText.keepAtSource(List.of(PageReader.read(site.resolve("side.html"), "side.html").orElseThrow())).get(0);
        return page.sections();
    }

    @Test
    void aSectionLinksToTheIdOfItsHeadingOrOfAnAnchorInsideIt() throws IOException {
        List<SectionText> sections = sections("""
                <h1>Side</h1><p>Indledning.</p>
                <h2 id="egen">Med id</h2><p>Et.</p>
                <h2><a id="indre"></a>Med anker</h2><p>To.</p>
                <h3>Uden id</h3><p>Tre.</p>""");
        assertEquals(List.of("", "egen", "indre", ""), sections.stream().map(SectionText::anchor).toList());
        assertEquals(List.of("", "Med id", "Med anker", "Uden id"), sections.stream().map(SectionText::heading).toList());
        assertEquals(List.of("Indledning.", "Et.", "To.", "Tre."), sections.stream().map(SectionText::body).toList());
    }

    @Test
    void theTitleIsThePagesFirstH1AndALaterH1StartsASection() throws IOException {
        FixtureSite.write(site, "side.html", FixtureSite.html("", "Sidetitel", "report",
                "<h1>Første</h1><p>A.</p><h1 id=\"anden\">Anden</h1><p>B.</p>"));
        Page page = PageReader.read(site.resolve("side.html"), "side.html").orElseThrow();
        assertEquals("Første", page.title());
        assertEquals(List.of("", "anden"), page.sections().stream().map(SectionText::anchor).toList());
        assertEquals("Anden", page.sections().get(1).heading());
    }

    @Test
    void anEmptySectionIsLeftOutButThePagesOwnEntryStays() throws IOException {
        List<SectionText> sections = sections("""
                <h1>Side</h1>
                <h2 id="tom"></h2>
                <h2 id="kun-overskrift">Kun overskrift</h2>
                <h2 id="kun-tekst"></h2><p>Kun tekst.</p>""");
        assertEquals(List.of("", "kun-overskrift", "kun-tekst"), sections.stream().map(SectionText::anchor).toList());
        assertEquals(new SectionText("", "", ""), sections.get(0));
    }

    @Test
    void blocksSeparateWordsAndInlineElementsDoNot() throws IOException {
        List<SectionText> sections = sections("""
                <h1>Side</h1><div>Tillid<p>ledelse</p>dialog<br>tekst</div><p>til<em>lid</em>s<b>reform</b></p>""");
        assertEquals(List.of("Tillid", "ledelse", "dialog", "tekst", "tillidsreform"), Terms.words(sections.get(0).body()));
    }

    @Test
    void onlyHtmlFilesOutsideTheIndexFolderArePages() throws IOException {
        FixtureSite.write(site, "side.html", FixtureSite.html("", "Side", "report", "<h1>Side</h1><p>Tillid.</p>"));
        FixtureSite.write(site, "noter.txt", FixtureSite.html("", "Noter", "report", "<h1>Noter</h1>"));
        FixtureSite.write(site, "search/gammel.html", FixtureSite.html("", "Gammel", "report", "<h1>Gammel</h1>"));
        Files.createDirectories(site.resolve("mappe.html"));
        IndexModel model = new SearchIndexer(site).model();
        assertEquals(List.of("side.html"), model.pages().stream().map(Page::path).toList());
    }

    @Test
    void aBlockOfSixtyCharactersOnTwoPagesIsKeptWhereItIsWrittenAShorterOneOnBoth() {
        String sixty = "x".repeat(IncludedText.MIN_SHARED);
        String shorter = "y".repeat(IncludedText.MIN_SHARED - 1);
        String text = sixty + PageReader.BLOCK + shorter;
        List<Page> pages = IncludedText.keepAtSource(List.of(
                new Page("a.html", "A", "programme", "", List.of(new SectionText("", "", text))),
                new Page("b.html", "B", "report", "", List.of(new SectionText("", "", text)))));
        assertEquals(shorter, pages.get(0).sections().get(0).body(), "the programme shows the report's text");
        assertEquals(sixty + " " + shorter, pages.get(1).sections().get(0).body());
    }

    @Test
    void theFactsOfTheLetterheadAreFoundButNotTheSummaryThatFoldsThem() throws IOException {
        List<SectionText> sections = sections("""
                <h1>Rapport</h1>
                <details class="metadata-box no-index" data-open-wide><summary>Om dokumentet</summary>
                <dl class="metadata"><div><dt>Sagsnr.</dt><dd>2013-34025</dd></div></dl></details>
                <p>Tekst.</p>""");
        assertEquals("Sagsnr. 2013-34025 Tekst.", sections.get(0).body());
    }

    @Test
    void aGlossaryEntryWithAnIdIsAResultOfItsOwnWithItsTermAsHeading() throws IOException {
        List<SectionText> sections = sections("""
                <h1>Ordliste</h1><dl>
                <dt id="dil">DIL</dt><dd>Diplomuddannelse i ledelse</dd>
                <dt>KK</dt><dd>Københavns Kommune</dd></dl>""");
        assertEquals(List.of("", "dil"), sections.stream().map(SectionText::anchor).toList());
        assertEquals("DIL", sections.get(1).heading());
        assertEquals("Diplomuddannelse i ledelse KK Københavns Kommune", sections.get(1).body());
    }

    @Test
    void sharedTextIsKeptAtTheKeynoteBeforeTheReportAndTheReportBeforeOtherPages() {
        String shared = "Der er fokus på tillid og tillidsreformen i dialoger og eksempler og via undervisning.";
        List<Page> pages = IncludedText.keepAtSource(List.of(
                new Page("a.html", "A", "programme", "", List.of(new SectionText("", "", shared))),
                new Page("b.html", "B", "report", "", List.of(new SectionText("", "", shared))),
                new Page("c.html", "C", "keynote", "", List.of(new SectionText("", "", shared))),
                new Page("d.html", "D", "annex", "", List.of(new SectionText("", "", shared)))));
        assertEquals(List.of("", "", shared, ""), pages.stream().map(p -> p.sections().get(0).body()).toList());
        List<Page> withoutKeynote = IncludedText.keepAtSource(List.of(pages.get(0), 
                new Page("b.html", "B", "report", "", List.of(new SectionText("", "", shared)))));
        assertEquals(List.of("", shared), withoutKeynote.stream().map(p -> p.sections().get(0).body()).toList());
    }

    @Test
    void aParagraphIsTheSameWithOrWithoutTheGlossaryExpansionOfItsAbbreviations() {
        String plain = "Lederne på DIL arbejder med tillid og tillidsreformen i dialoger og eksempler hver uge.";
        String expanded = plain.replace("DIL", "DIL (Diplomuddannelse i ledelse)");
        List<Page> pages = IncludedText.keepAtSource(List.of(
                new Page("a.html", "A", "programme", "", List.of(new SectionText("", "", expanded))),
                new Page("b.html", "B", "report", "", List.of(new SectionText("", "", plain)))));
        assertEquals(List.of("", plain), pages.stream().map(p -> p.sections().get(0).body()).toList());
    }
}
