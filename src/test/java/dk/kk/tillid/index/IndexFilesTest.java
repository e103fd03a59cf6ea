package dk.kk.tillid.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What search.js finds in the files of search/ is what the index was made of, whatever their layout. */
class IndexFilesTest {
    @TempDir
    Path site;

    /** The fixture site indexed once, with two type labels, for the tests that only read. */
    private static IndexModel fixture;
    private static WrittenIndex fixtureIndex;

    @BeforeAll
    static void indexTheFixtureSite(@TempDir Path dir) throws IOException {
        FixtureSite.write(dir);
        fixture = new SearchIndexer(dir).model();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("report", "Rapport");
        labels.put("annex", "Bilag");
        new SearchIndexer(dir, labels).run();
        fixtureIndex = new WrittenIndex(dir.resolve(SearchIndexer.INDEX_DIR));
    }

    @Test
    void everyTermSpellingAndPostingOfTheSiteIsReadBackFromTheFiles() throws IOException {
        IndexModel model = fixture;
        WrittenIndex written = fixtureIndex;

        Map<String, TermEntry> expected = new TreeMap<>();
        model.terms().forEach((term, entry) -> expected.put(term, WrittenIndex.asWritten(entry)));
        assertEquals(expected, written.terms());
        assertTrue(expected.values().stream().anyMatch(e -> e.spellings().size() > 1),
                "the fixture has a word spelled two ways (Ølgård/Ølgaard), whose postings carry spelling bits");
    }

    @Test
    void eachTermIsInTheFileOfItsFirstLetterAndNumbersShareOne() throws IOException {
        WrittenIndex written = fixtureIndex;
        String groups = written.meta().get("groups").asText();
        assertTrue(groups.startsWith("0"), "the fixture has numbers (2013): " + groups);
        for (char g : groups.toCharArray()) {
            for (String term : written.group(String.valueOf(g)).keySet()) {
                assertEquals(String.valueOf(g), IndexWriter.groupOf(term), term);
                assertTrue(g == '0' ? Character.isDigit(term.charAt(0)) : term.charAt(0) == g, term + " in v-" + g);
            }
        }
    }

    @Test
    void theGroupOfATermIsItsLetterAZeroForADigitAndUnderscoreForAnythingElse() {
        assertEquals("a", IndexWriter.groupOf("abe"));
        assertEquals("z", IndexWriter.groupOf("zebra"));
        assertEquals("0", IndexWriter.groupOf("0"));
        assertEquals("0", IndexWriter.groupOf("2013"));
        assertEquals("0", IndexWriter.groupOf("9"));
        for (String other : List.of("`", "{", "/", ":", "ł", "ω", "_")) {
            assertEquals("_", IndexWriter.groupOf(other + "x"), other);
        }
    }

    @Test
    void metaListsTypesInPageOrderSectionCountsAndWhichPageIsTheFrontPage() throws IOException {
        IndexModel model = fixture;
        JsonNode meta = fixtureIndex.meta();

        List<String> types = new ArrayList<>();
        model.pages().forEach(p -> {
            if (!types.contains(p.type())) {
                types.add(p.type());
            }
        });
        assertEquals(List.of("annex", "page", "keynote", "programme", "report"), types, "the fixture's pages, by path");
        assertEquals(types, strings(meta.get("types")));
        StringBuilder pageTypes = new StringBuilder();
        model.pages().forEach(p -> pageTypes.append(types.indexOf(p.type())));
        assertEquals(pageTypes.toString(), meta.get("pageTypes").asText());
        assertEquals(model.pages().stream().map(p -> p.sections().size()).toList(), ints(meta.get("pageSections")));
        assertEquals(model.sectionCount(), meta.get("sections").asInt());
        int front = IntStream.range(0, model.pages().size()).filter(p -> model.pages().get(p).path().equals("index.html"))
                .findFirst().orElseThrow();
        assertEquals(front, meta.get("frontPage").asInt());
        assertEquals("{\"report\":\"Rapport\",\"annex\":\"Bilag\"}", meta.get("typeLabels").toString(), "in the registry's order");
        assertEquals(1, meta.get("version").asInt());
    }

    @Test
    void aSiteWithoutAFrontPageSaysSo() throws IOException {
        FixtureSite.write(site, "a.html", FixtureSite.html("", "Tillid", "report", "<h1>Tillid</h1><p>Ledelse.</p>"));
        new SearchIndexer(site).run();
        assertEquals(-1, new WrittenIndex(site.resolve(SearchIndexer.INDEX_DIR)).meta().get("frontPage").asInt());
    }

    @Test
    void eachPagesFragmentHoldsItsPathTitleTypeAndSectionsForTheResultList() throws IOException {
        IndexModel model = fixture;
        WrittenIndex written = fixtureIndex;
        for (int p = 0; p < model.pages().size(); p++) {
            Page page = model.pages().get(p);
            JsonNode fragment = written.file("f-" + p);
            assertEquals(page.path(), fragment.get("path").asText());
            assertEquals(page.title(), fragment.get("title").asText());
            assertEquals(page.type(), fragment.get("type").asText());
            List<List<String>> sections = new ArrayList<>();
            fragment.get("sections").forEach(s -> sections.add(strings(s)));
            assertEquals(page.sections().stream().map(s -> List.of(s.anchor(), s.heading(), PageReader.withoutMarks(s.body()))).toList(),
                    sections);
        }
        assertEquals(model.pages().size(), written.files.keySet().stream().filter(n -> n.startsWith("f-")).count());
    }

    /**
     * Postings load in chunks of about 12 000 characters (the format's two characters per section here): a chunk
     * takes terms while it stays within that, and a term longer than a chunk gets one of its own.
     */
    @Test
    void postingsAreCutIntoChunksOfAtMostTwelveThousandCharactersUnlessOneTermIsLonger() throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("aabenhed", 7_000);     // 14 000 characters: a chunk of its own
        sizes.put("aftale", 3_000);       // 6 000
        sizes.put("aften", 3_000);        // 6 000, which fills the chunk exactly
        sizes.put("alder", 1);            // one more would go over: the next chunk
        sizes.put("arbejde", 10);
        sizes.put("bog", 2);
        IndexModel model = model(sizes);
        IndexWriter.encode(model, Map.of()).writeTo(site);
        WrittenIndex written = new WrittenIndex(site);

        assertEquals(List.of(0, 1, 3), ints(written.file("v-a").get("chunks")));
        assertEquals(List.of(0), ints(written.file("v-b").get("chunks")));
        assertEquals(List.of("f-0", "meta", "p-a-0", "p-a-1", "p-a-2", "p-b-0", "v-a", "v-b"), List.copyOf(written.files.keySet()));
        assertEquals(12_000, String.join("", strings(written.file("p-a-1").get("postings"))).length());
        Map<String, TermEntry> expected = new TreeMap<>();
        model.terms().forEach((term, entry) -> expected.put(term, WrittenIndex.asWritten(entry)));
        assertEquals(expected, written.terms());
    }

    @Test
    void termsThatShareLongBeginningsAreReadBackWhole() throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        String stem = "tillidsdagsordensarbejdsgruppemoedeserie";
        sizes.put(stem, 1);
        sizes.put(stem + "r", 1);
        sizes.put(stem + "rne", 2);
        sizes.put("tillid", 3);
        sizes.put("tilt", 1);
        IndexModel model = model(sizes);
        IndexWriter.encode(model, Map.of()).writeTo(site);
        assertEquals(model.terms().keySet(), new WrittenIndex(site).terms().keySet());
    }

    @Test
    void aThreeLetterWordsCompoundsAreListedSoTheQueryNeedNotLoadEveryVocabulary() throws IOException {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String term : List.of("keynot", "keynotedag", "aar", "aarstal", "kapital", "dagsord", "dag")) {
            sizes.put(term, 1);
        }
        IndexWriter.encode(model(sizes), Map.of()).writeTo(site);
        WrittenIndex written = new WrittenIndex(site);

        assertEquals("dot", written.meta().get("endings").asText(), "the first letters of the words with a file");
        assertEquals(List.of("keynotedag"), strings(written.file("e-d").get("ends").get("dag")), "keynote + dag");
        assertEquals(List.of("aarstal"), strings(written.file("e-t").get("linked").get("tal")),
                "år + s + tal: the query checks the text");
        assertEquals(List.of("dagsord"), strings(written.file("e-o").get("linked").get("ord")),
                "dag + s + ord, which the text then does not write (dagsorden)");
        assertTrue(written.file("e-t").get("ends") == null, "not kapital: kapi is no term");
    }

    /** One page with as many sections as the longest list, and each term in its first {@code sizes} sections. */
    private static IndexModel model(Map<String, Integer> sizes) {
        int sections = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<SectionText> texts = IntStream.range(0, sections).mapToObj(s -> new SectionText("s" + s, "", "")).toList();
        TreeMap<String, TermEntry> terms = new TreeMap<>();
        sizes.forEach((term, size) -> terms.put(term, new TermEntry(term, List.of(),
                IntStream.range(0, size).mapToObj(s -> new Posting(s, false, false, false, 1, 0)).toList())));
        return new IndexModel(List.of(new Page("side.html", "Side", "page", "", texts)), terms);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
