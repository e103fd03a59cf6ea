package dk.kk.tillid.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a result shows besides its own text: the pages that also show it, and the page's own description. */
class SearchResultDataTest {
    @TempDir
    Path site;

    @Test
    void aSectionWhoseTextAnotherPageShowsNamesThatPageAndItsSection() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        IndexModel model = new SearchIndexer(site).model();
        Page report = page(model, "rapporter/tillidsdagsordenen-i-lederuddannelser.html");
        SectionText lup2 = report.sections().stream().filter(s -> s.anchor().equals("lup-2")).findFirst().orElseThrow();
        assertEquals(List.of(new SectionText.Shown(FixtureSite.SHOWN_ON, "Udbud af LUP 2", "fra-rapporten")), lup2.alsoOn());
        assertTrue(lup2.body().contains("indholdskrav"), "the text stays where it is written");
        Page programme = page(model, FixtureSite.SHOWN_ON);
        assertFalse(programme.sections().get(1).body().contains("indholdskrav"), "and is not indexed again where shown");
        assertTrue(programme.sections().stream().allMatch(s -> s.alsoOn().isEmpty()));
        assertTrue(report.sections().stream().filter(s -> s != lup2).allMatch(s -> s.alsoOn().isEmpty()),
                "only the section with the shown text says so");

        JsonNode fragment = fragment(model, report.path());
        JsonNode section = fragment.get("sections").get(report.sections().indexOf(lup2));
        assertEquals("[[\"" + FixtureSite.SHOWN_ON + "\",\"Udbud af LUP 2\",\"fra-rapporten\"]]", section.get(3).toString());
        assertEquals(3, fragment.get("sections").get(0).size(), "sections shown nowhere else stay as they were");
    }

    @Test
    void aPagesOwnDescriptionGoesWithItsResultsAndTheSitesSharedOneDoesNot() throws IOException {
        FixtureSite.write(site);
        FixtureSite.writeSharedTextAndDescription(site);
        Path annex = site.resolve("bilag/bilag-3.html");
        Files.writeString(annex, Files.readString(annex).replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n<meta name=\"description\" content=\"Sitets fælles beskrivelse.\">"));
        IndexModel model = new SearchIndexer(site).model();
        assertEquals(FixtureSite.DESCRIPTION, page(model, FixtureSite.DESCRIBED).description());
        assertEquals("", page(model, "bilag/bilag-3.html").description());
        assertEquals(FixtureSite.DESCRIPTION, fragment(model, FixtureSite.DESCRIBED).get("description").asText());
        assertFalse(fragment(model, "bilag/bilag-3.html").has("description"));
    }

    private static Page page(IndexModel model, String path) {
        return model.pages().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    /** The f-n.js search.js loads to show the page's results, as JSON. */
    private JsonNode fragment(IndexModel model, String path) throws IOException {
        Path out = site.resolve("search-out");
        IndexWriter.encode(model, java.util.Map.of()).writeTo(out);
        int n = model.pages().indexOf(page(model, path));
        String script = Files.readString(out.resolve("f-" + n + ".js"));
        String json = script.substring(script.indexOf(',') + 1, script.lastIndexOf(')'));
        return new ObjectMapper().readTree(json);
    }
}
