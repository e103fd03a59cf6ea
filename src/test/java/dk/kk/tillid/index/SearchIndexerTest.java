package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexerTest {
    @TempDir
    Path site;

    @Test
    void reportsWhatItIndexed() throws IOException {
        FixtureSite.write(site);
        IndexReport report = new SearchIndexer(site).run();
        assertEquals(7, report.pages(), "search, 404 and tag pages are marked data-noindex");
        assertEquals(22, report.sections());
        assertTrue(report.terms() > 300, "terms: " + report.terms());
        assertEquals(totalSize(site.resolve("search")), report.bytes());
    }

    @Test
    void writesTheSameBytesEveryRun() throws IOException {
        FixtureSite.write(site);
        new SearchIndexer(site).run();
        Map<String, byte[]> first = contents(site.resolve("search"));
        new SearchIndexer(site).run();
        Map<String, byte[]> second = contents(site.resolve("search"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    }

    @Test
    void removesIndexFilesLeftFromAnEarlierBake() throws IOException {
        FixtureSite.write(site);
        Files.createDirectories(site.resolve("search"));
        Files.writeString(site.resolve("search/p-q-9.js"), "stale");
        Files.writeString(site.resolve("search/README.txt"), "not ours");
        new SearchIndexer(site).run();
        assertFalse(Files.exists(site.resolve("search/p-q-9.js")));
        assertTrue(Files.exists(site.resolve("search/README.txt")));
    }

    @Test
    void aNewSiteSharesTheIndexFilesTheSiteInPlaceHasUnchangedAndWritesTheRest(@TempDir Path next, @TempDir Path clean)
            throws IOException {
        FixtureSite.write(site);
        new SearchIndexer(site).run();
        Map<String, byte[]> inPlace = contents(site.resolve("search"));
        // The next build's folder: the same pages, one with a new paragraph, and the empty search folder the bake makes.
        FixtureSite.write(next);
        Path edited = next.resolve("bilag/bilag-1.html");
        Files.writeString(edited, Files.readString(edited).replace("</main>", "<p>Et nyt afsnit om gulerødder.</p></main>"));
        Files.createDirectories(next.resolve("search"));
        // A file of the site in place edited by hand, its size kept: its bytes, not its name, decide.
        Path byHand = site.resolve("search/f-3.js");
        byte[] handEdited = Files.readAllBytes(byHand);
        handEdited[handEdited.length - 5] ^= 1;
        Files.write(byHand, handEdited);

        new SearchIndexer(next).linkingFrom(site).run();

        FixtureSite.write(clean);
        Files.writeString(clean.resolve("bilag/bilag-1.html"), Files.readString(edited));
        new SearchIndexer(clean).run();
        Map<String, byte[]> made = contents(next.resolve("search"));
        Map<String, byte[]> expected = contents(clean.resolve("search"));
        assertEquals(expected.keySet(), made.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, made.get(name), name));
        List<String> shared = new java.util.ArrayList<>();
        for (String name : made.keySet()) {
            if (Files.exists(site.resolve("search").resolve(name))
                    && Files.isSameFile(site.resolve("search").resolve(name), next.resolve("search").resolve(name))) {
                shared.add(name);
            }
        }
        assertFalse(shared.contains("f-0.js"), "the edited page's own file is written anew");
        assertFalse(shared.contains("f-3.js"), "a file edited by hand is not taken over");
        assertTrue(shared.contains("f-1.js") && shared.size() > made.size() / 2, "shared: " + shared);
        inPlace.put("f-3.js", handEdited);
        Map<String, byte[]> after = contents(site.resolve("search"));
        assertEquals(inPlace.keySet(), after.keySet());
        inPlace.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), "the site in place is as it was: " + name));
    }

    @Test
    void writesAsciiScriptsThatHandTheirDataToSearchJs() throws IOException {
        FixtureSite.write(site);
        new SearchIndexer(site).run();
        contents(site.resolve("search")).forEach((name, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("tillidSearchData(\"" + name.replace(".js", "") + "\","), name);
            for (byte b : bytes) {
                assertTrue(b > 0 && b < 128, name + " must be ASCII");
            }
        });
        String fragment = Files.readString(site.resolve("search/f-0.js"));
        assertTrue(fragment.contains("\"path\":\"bilag/bilag-1.html\""), "pages in site order, paths relative: " + fragment);
    }

    @Test
    void indexesOnlyMainWithoutNoIndexParts() throws IOException {
        FixtureSite.write(site);
        IndexModel model = new SearchIndexer(site).model();
        assertFalse(model.terms().containsKey(Terms.term("Brødkrummesti")), "breadcrumbs are class no-index");
        assertFalse(model.terms().containsKey(Terms.term("Sidefod")), "the footer is outside main");
        assertFalse(model.terms().containsKey(Terms.term("Tagside")), "tag and 404 pages are data-noindex");
    }

    @Test
    void findsTheFactsOfTheMetadataBoxTagsAndAbbreviationsAsTheirPagesOwnEntry() throws IOException {
        Path page = site.resolve("rapport.html");
        FixtureSite.write(site, "rapport.html", FixtureSite.html("", "Rapporten", "report", """
                <p class="page-type no-index">Rapport</p>
                <h1>Rapporten</h1>
                <dl class="metadata no-index"><div><dt>Sagsnr.</dt><dd>2013-34025</dd></div>
                <div><dt>Sagsbehandler</dt><dd>Ulla Koch</dd></div></dl>
                <div class="paragraph"><p>Om <abbr title="Diplomuddannelse i ledelse">DIL</abbr> på CO₂-området.</p></div>
                <div class="sect1"><h2 id="a">Afsnit</h2><div class="sectionbody"><p>Tekst.</p></div></div>
                <div class="tags no-index"><h2 class="tags__heading">Emner</h2>
                <ul class="tags__list"><li><a href="emner/lup-2.html">LUP 2</a></li></ul></div>"""));
        Page read = IncludedText.keepAtSource(List.of(PageReader.read(page, "rapport.html").orElseThrow())).get(0);
        String own = PageReader.withoutMarks(read.sections().get(0).body());
        for (String fact : List.of("2013-34025", "Ulla Koch", "Emner: LUP 2", "DIL (Diplomuddannelse i ledelse)", "CO₂")) {
            assertTrue(own.contains(fact), fact + " in " + own);
        }
        assertFalse(own.contains("Rapport "), "the type label stays out: " + own);
        assertEquals(List.of("", "a"), read.sections().stream().map(SectionText::anchor).toList(), "tags make no section");
        IndexModel model = IndexBuilder.build(List.of(read));
        for (String word : List.of("2013", "34025", "Koch", "diplomuddannelse", "co2")) {
            assertTrue(model.terms().containsKey(Terms.term(word)), word);
        }
        new SearchIndexer(site).run();
        String shown = new WrittenIndex(site.resolve(SearchIndexer.INDEX_DIR)).file("f-0").get("sections").get(0).get(2).asText();
        assertTrue(shown.contains("DIL (Diplomuddannelse i ledelse) på"), "the snippet text reads as the page: " + shown);
    }

    @Test
    void aParagraphShownOnSeveralPagesIsFoundOnlyWhereItIsWritten() throws IOException {
        String shared = "Der er fokus på tillid og tillidsreformen i dialoger og eksempler og via undervisning.";
        FixtureSite.write(site, "programmer/lup-2.html", FixtureSite.html("../", "LUP 2", "programme",
                "<h1>LUP 2</h1><div class=\"paragraph\"><p>Programmets egen tekst.</p></div>"
                        + "<div class=\"sect1\"><h2 id=\"modul\">Modul 1</h2><div class=\"paragraph\"><p>" + shared
                        + "</p></div></div>"));
        FixtureSite.write(site, "rapport/rapport.html", FixtureSite.html("../", "Rapporten", "report",
                "<h1>Rapporten</h1><div class=\"sect1\"><h2 id=\"lup-2\">LUP 2</h2><div class=\"paragraph\"><p>"
                        + shared + "</p></div><div class=\"paragraph\"><p>Kort.</p></div></div>"));
        IndexModel model = new SearchIndexer(site).model();
        Map<String, String> bodies = new TreeMap<>();
        model.pages().forEach(p -> p.sections().forEach(s -> bodies.put(p.path() + "#" + s.anchor(), s.body())));
        assertEquals(shared + " Kort.", bodies.get("rapport/rapport.html#lup-2"));
        assertEquals("", bodies.get("programmer/lup-2.html#modul"), "the heading stays findable, the excerpt does not");
        assertEquals("Programmets egen tekst.", bodies.get("programmer/lup-2.html#"));
    }

    @Test
    void findsTheFactsOfAMetadataBoxThatFoldsAwayButNotItsSummary() throws IOException {
        Path page = site.resolve("rapport.html");
        FixtureSite.write(site, "rapport.html", FixtureSite.html("", "Rapporten", "report", """
                <h1>Rapporten</h1>
                <details class="metadata-box no-index"><summary>Om dokumentet</summary>
                <dl class="metadata"><div><dt>Sagsnr.</dt><dd>2013-34025</dd></div></dl></details>
                <nav class="toc no-index"><a href="#a">Indholdsfortegnelse</a></nav>
                <div class="sect1"><h2 id="a">Afsnit</h2><div class="sectionbody"><p>Tekst.</p></div></div>"""));
        String own = PageReader.read(page, "rapport.html").orElseThrow().sections().get(0).body();
        assertTrue(own.contains("2013-34025"), own);
        assertFalse(own.contains("Om dokumentet"), own);
        assertFalse(own.contains("Indholdsfortegnelse"), "other no-index parts stay out: " + own);
    }

    @Test
    void findsTheDateAPageWasPublishedButNotTheDateOfItsLastChange() throws IOException {
        Path page = site.resolve("rapport.html");
        FixtureSite.write(site, "rapport.html", FixtureSite.html("", "Rapporten", "report", """
                <h1>Rapporten</h1>
                <p class="page-dates no-index"><span data-published>Udgivet <time datetime="2013-02-13">13. februar 2013</time></span>
                <span>Senest opdateret <time datetime="2026-11-27">27. november 2026</time></span></p>
                <div class="sect1"><h2 id="a">Afsnit</h2><div class="sectionbody"><p>Tekst.</p></div></div>"""));
        String own = PageReader.read(page, "rapport.html").orElseThrow().sections().get(0).body();
        assertTrue(own.contains("13. februar 2013"), own);
        assertFalse(own.contains("november"), own);
        FixtureSite.write(site, "rapport.html", FixtureSite.html("", "Rapporten", "report", """
                <h1>Rapporten</h1>
                <p class="page-dates no-index"><span>Senest opdateret <time datetime="2026-11-27">27. november 2026</time></span></p>"""));
        assertFalse(PageReader.read(page, "rapport.html").orElseThrow().sections().get(0).body().contains("november"),
                "a page that shows no publishing date (a keynote) keeps its dates line out");
    }

    @Test
    void aGlossaryEntryWithAnAddressIsASectionWithItsTermAsHeading() throws IOException {
        Path page = site.resolve("opslag/ordliste.html");
        FixtureSite.write(site, "opslag/ordliste.html", FixtureSite.html("../", "Ordliste", "page", """
                <h1>Ordliste</h1>
                <div class="sect1"><h2 id="forkortelser">Forkortelser</h2><div class="sectionbody"><div class="dlist"><dl>
                <dt class="hdlist1" id="term-dil">DIL</dt><dd><p>Diplomuddannelse i Ledelse</p></dd>
                <dt class="hdlist1">KK</dt><dd><p>Københavns Kommune</p></dd>
                </dl></div></div></div>"""));
        List<SectionText> sections = PageReader.read(page, "opslag/ordliste.html").orElseThrow().sections();
        assertEquals(List.of("", "forkortelser", "term-dil"), sections.stream().map(SectionText::anchor).toList());
        SectionText dil = sections.get(2);
        assertEquals("DIL", dil.heading());
        assertTrue(dil.body().startsWith("Diplomuddannelse i Ledelse"), dil.body());
        assertTrue(dil.body().contains("KK"), "an entry without an address stays in the one before: " + dil.body());
    }

    @Test
    void aParagraphIsKeptAtItsSourceAlsoWhereOnlyOnePageExpandsItsAbbreviation() throws IOException {
        String before = "Her anbefales det, at ";
        String after = " udarbejder en præciseret kompetenceramme for lederne i kommunen.";
        FixtureSite.write(site, "programmer/kodeks.html", FixtureSite.html("../", "Kodeks", "programme",
                "<h1>Kodeks</h1><div class=\"sect1\"><h2 id=\"k\">K</h2><div class=\"paragraph\"><p>" + before
                        + "<abbr title=\"Københavns Kommune\">KK</abbr>" + after + "</p></div></div>"));
        FixtureSite.write(site, "rapport/rapport.html", FixtureSite.html("../", "Rapporten", "report",
                "<h1>Rapporten</h1><div class=\"sect1\"><h2 id=\"k\">K</h2><div class=\"paragraph\"><p>"
                        + before + "KK" + after + "</p></div></div>"));
        Map<String, String> bodies = bodies(new SearchIndexer(site).model());
        assertEquals(before + "KK" + after, bodies.get("rapport/rapport.html#k"));
        assertEquals("", bodies.get("programmer/kodeks.html#k"));
    }

    @Test
    void aKeynoteProgrammeShownInAnAnnexIsFoundAtTheKeynote() throws IOException {
        String programme = "Keynote ved lektor Niels Thyge Thygesen om styring, eksekvering og tillid i kommunen.";
        FixtureSite.write(site, "bilag/bilag-2.html", FixtureSite.html("../", "Bilag 2", "annex",
                "<h1>Bilag 2</h1><div class=\"sect1\"><h2 id=\"p\">Program</h2><div class=\"paragraph\"><p>"
                        + programme + "</p></div></div>"));
        FixtureSite.write(site, "keynotes/juni.html", FixtureSite.html("../", "Keynote i juni", "keynote",
                "<h1>Keynote i juni</h1><div class=\"sect1\"><h2 id=\"program\">Program</h2><div class=\"paragraph\"><p>"
                        + programme + "</p></div></div>"));
        Map<String, String> bodies = bodies(new SearchIndexer(site).model());
        assertEquals(programme, bodies.get("keynotes/juni.html#program"));
        assertEquals("", bodies.get("bilag/bilag-2.html#p"));
    }

    private static Map<String, String> bodies(IndexModel model) {
        Map<String, String> bodies = new TreeMap<>();
        model.pages().forEach(p -> p.sections().forEach(s -> bodies.put(p.path() + "#" + s.anchor(), s.body())));
        return bodies;
    }

    @Test
    void keepsTheTitleOfAPageAsTextEvenWhenItLooksLikeMarkup() throws IOException {
        FixtureSite.write(site);
        IndexModel model = new SearchIndexer(site).model();
        assertTrue(model.pages().stream().anyMatch(p -> p.title().equals("Om <b>sitet</b> og søgningen")));
    }

    @Test
    void splitsAPageIntoTheTextBeforeTheFirstHeadingAndOneEntryPerH2AndH3() throws IOException {
        FixtureSite.write(site);
        Page report = new SearchIndexer(site).model().pages().stream()
                .filter(p -> p.path().equals("rapporter/tillidsdagsordenen-i-lederuddannelser.html")).findFirst().orElseThrow();
        assertEquals("", report.sections().get(0).anchor());
        assertTrue(report.sections().get(0).body().startsWith("Sag Sagsnr. 2013-34025"));
        assertTrue(report.sections().get(0).body().contains("Vores nuværende"));
        assertEquals(Stream.of("", "faelles-for-lup-2-og-3", "saerligt-for-lup-2", "saerligt-for-lup-3", "lederugen",
                        "er-i-faerd-med", "lup-2", "diplomuddannelse-i-ledelse", "dil-valgmodul-i-tillidsledelse",
                        "kodeks-for-god-tillidsledelse").toList(),
                report.sections().stream().map(SectionText::anchor).toList());
        assertEquals("Særligt for LUP 2", report.sections().get(2).heading());
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static long totalSize(Path dir) throws IOException {
        long total = 0;
        for (byte[] b : contents(dir).values()) {
            total += b.length;
        }
        return total;
    }
}
