package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where each term occurs, as the ranking sees it: title, heading, body count, inside a compound, and how spelled. */
class IndexPostingsTest {
    private static Page page(String path, String title, SectionText... sections) {
        return new Page(path, title, "report", "", List.of(sections));
    }

    private static TermEntry entry(IndexModel model, String word) {
        return model.terms().get(Terms.term(word));
    }

    @Test
    void pagesAreNumberedInPathOrderWhateverOrderTheyWereReadIn() {
        IndexModel model = IndexBuilder.build(List.of(
                page("b.html", "Bbb", new SectionText("", "", "Tillid")),
                page("a.html", "Aaa", new SectionText("", "", "Tillid"), new SectionText("x", "Ledelse", "Tillid"))));
        assertEquals(List.of("a.html", "b.html"), model.pages().stream().map(Page::path).toList());
        assertEquals(List.of(0, 1, 2), entry(model, "tillid").postings().stream().map(Posting::section).toList());
        assertEquals(List.of(1), entry(model, "ledelse").postings().stream().map(Posting::section).toList());
    }

    @Test
    void theTitleCountsForThePagesOwnEntryAHeadingForItsSectionAndBodyWordsAreCounted() {
        IndexModel model = IndexBuilder.build(List.of(page("a.html", "Tillid",
                new SectionText("", "", "Tillid og tillid og atter tillid."),
                new SectionText("ledelse", "Ledelse", "Om ledelse."),
                new SectionText("x", "Andet", "Tillid"))));
        assertEquals(List.of(new Posting(0, true, false, false, 3, 0), new Posting(2, false, false, false, 1, 0)),
                entry(model, "tillid").postings());
        assertEquals(List.of(new Posting(1, false, true, false, 1, 0)), entry(model, "ledelse").postings());
        assertEquals(List.of(), entry(model, "tillid").spellings(), "a word spelled with a-z only has no spelling list");
    }

    @Test
    void aWordFoundOnlyInsideACompoundIsAPartWhereTheWordItselfCountsOnlyItsOwnPlaces() {
        IndexModel model = IndexBuilder.build(List.of(page("a.html", "Tillidsledelse",
                new SectionText("", "", "Om tillidsledelse."),
                new SectionText("x", "Ledelse", "Tillidsledelse er ledelse."))));
        assertEquals(List.of(new Posting(0, true, false, true, 1, 0), new Posting(1, false, false, true, 1, 0)),
                entry(model, "tillid").postings(), "only in compounds: part-only, counted where the compounds are");
        assertEquals(List.of(new Posting(0, true, false, true, 1, 0), new Posting(1, false, true, false, 1, 0)),
                entry(model, "ledelse").postings(), "in section 1 the heading and one body word, not the compound");
        assertEquals(List.of(), entry(model, "tillid").spellings());
    }

    @Test
    void eachSectionMarksWhichSpellingsOfATermItUses() {
        IndexModel model = IndexBuilder.build(List.of(page("a.html", "Aaa",
                new SectionText("", "", "Ølgård"),
                new SectionText("b", "", "Ølgaard"),
                new SectionText("c", "", "Ølgård og Ølgaard"))));
        TermEntry olgaard = entry(model, "Ølgård");
        assertEquals(List.of(Terms.spelling("Ølgaard"), Terms.spelling("Ølgård")), olgaard.spellings(), "sorted");
        assertEquals(List.of(2, 1, 3), olgaard.postings().stream().map(Posting::spellings).toList());
    }

    @Test
    void aTermWithMoreSpellingsThanSixKeepsTheFirstSixAndTheRestRankAsFolded() {
        // æ or ae in each of three places: eight spellings of one term.
        List<SectionText> sections = new ArrayList<>();
        for (int bits = 0; bits < 8; bits++) {
            StringBuilder word = new StringBuilder("b");
            for (int place = 2; place >= 0; place--) {
                word.append((bits >> place & 1) == 1 ? "æ" : "ae").append("r");
            }
            sections.add(new SectionText("s" + bits, "", word.toString()));
        }
        IndexModel model = IndexBuilder.build(List.of(new Page("a.html", "Aaa", "report", "", sections)));
        TermEntry entry = entry(model, "baeraeraer");
        assertEquals(List.of("", "001", "010", "011", "100", "101"), entry.spellings());
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 0, 0), entry.postings().stream().map(Posting::spellings).toList());
    }

    @Test
    void commonWordsAreNotIndexed() {
        IndexModel model = IndexBuilder.build(List.of(page("a.html", "Og", new SectionText("", "", "og i på det"))));
        assertEquals(List.of(), List.copyOf(model.terms().keySet()));
        assertEquals(1, model.sectionCount());
    }
}
