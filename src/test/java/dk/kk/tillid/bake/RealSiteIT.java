package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real content, baked, read as a reader would read it. */
class RealSiteIT {
    private static final String REPORT = "rapport/tillidsdagsordenen-i-lederuddannelser.html";
    private static final String BILAG_1 = "bilag/bilag-1-baggrundsmateriale.html";
    private static final String BILAG_2 = "bilag/bilag-2-keynote-programmer.html";
    private static final String BILAG_3 = "bilag/bilag-3-opgave-lup-2-fase-4-modul-4.html";
    private static final String KEYNOTE_2012 = "keynotes/2012-06-21-lup-keynote-og-direktoerforum.html";
    private static final String KEYNOTE_2013 = "keynotes/2013-01-24-faelles-keynotedag.html";

    @Test
    void everySentenceOfTheSourceIsOnTheSite() throws IOException {
        String site = normalise(RealSite.allPages().values().stream()
                .map(page -> page.select("main").text())
                .collect(Collectors.joining(" ")));
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/seed/tillidsdagsordenen-i-lederuddannelser.txt"),
                StandardCharsets.UTF_8)) {
            for (String part : line.split("\t")) {
                String expected = normalise(part
                        .replaceAll("^\\s*- ([a-d]\\) )?", "")
                        .replace("*", "")
                        .replace("¹", ""));
                if (!expected.isEmpty() && !expected.equals("13-02-2013") && !site.contains(expected)) {
                    missing.add(expected);
                }
            }
        }
        assertEquals(List.of(), missing, "source text missing from the site");
        assertNotNull(RealSite.page(REPORT).selectFirst("time[datetime=2013-02-13]"), "the report's date 13-02-2013");
    }

    @Test
    void noPageIsLeftOut() throws IOException {
        Set<String> sources;
        try (Stream<Path> walk = Files.walk(TestProjects.PROJECT.resolve("content"))) {
            sources = walk.filter(p -> p.toString().endsWith(".adoc"))
                    .filter(p -> !read(p).matches("(?s)(.*\\R)?:jbake-status:\\s*draft\\s*(\\R.*)?"))
                    .map(p -> TestProjects.PROJECT.resolve("content").relativize(p).toString().replace('\\', '/')
                            .replaceAll("\\.adoc$", ".html"))
                    .collect(Collectors.toSet());
        }
        assertEquals(sources, RealSite.baked().pageSources().keySet());
        assertTrue(sources.size() >= 20, "all of the source, its annexes, programmes and keynotes: " + sources);
    }

    @Test
    void everyPageHasTheSharedAnatomy() {
        for (Map.Entry<String, Document> entry : RealSite.allPages().entrySet()) {
            String name = entry.getKey();
            Document page = entry.getValue();
            assertEquals("da", page.selectFirst("html").attr("lang"), name);
            assertFalse(page.title().isBlank(), name + " has a title");
            Element h1 = page.selectFirst("main h1");
            assertNotNull(h1, name + " has an h1 in main");
            assertFalse(h1.text().isBlank(), name + " h1 is not empty");
            Element skip = page.selectFirst("body > a.skip-link");
            assertEquals("#indhold", skip.attr("href"), name);
            assertEquals("Gå til sidens indhold", skip.text(), name);
            assertNotNull(page.selectFirst("main#indhold"), name);
            Elements crumbs = page.select("nav[aria-label=Brødkrumme] li");
            assertFalse(crumbs.isEmpty(), name + " has breadcrumbs");
            assertEquals("page", crumbs.last().selectFirst("a").attr("aria-current"), name);
            assertEquals("Forside", crumbs.first().text(), name);
            // The front page lists the whole site in its text, and the search page leads to results: no menu there.
            if (!name.equals("index.html") && !name.equals("search.html")) {
                assertTrue(page.select("nav.side-nav a").size() >= 15, name + " has side navigation");
            }
            assertNotNull(page.selectFirst("[role=search] input[type=search]"), name + " has a search box");
            String footer = page.select("footer").text();
            assertTrue(footer.contains("Københavns Kommune") && footer.contains("Tværgående HR")
                    && footer.contains("AK3V@ks.kk.dk"), name + " footer: " + footer);
        }
    }

    @Test
    void sideNavigationMarksTheCurrentPage() {
        for (String name : RealSite.baked().pageSources().keySet()) {
            Document page = RealSite.page(name);
            if (name.equals("search.html") || name.equals("index.html")) { // a tool, and the map of the site itself
                continue;
            }
            Elements current = page.select("nav.side-nav a[aria-current=page]");
            assertEquals(1, current.size(), name);
            String expected = name.equals("index.html") ? "Forside" : page.selectFirst("main h1").text();
            assertEquals(expected, current.text(), name);
        }
    }

    @Test
    void breadcrumbsLeadThroughTheSection() {
        Elements crumbs = RealSite.page("programmer/lup-2.html").select("nav[aria-label=Brødkrumme] a");
        assertEquals(List.of("Forside", "Programmer og aktiviteter", "LUP 2"), crumbs.eachText());
        assertEquals("../programmer/index.html", crumbs.get(1).attr("href"));
    }

    @Test
    void theReportShowsItsCaseMetadataSectionsAndFootnote() {
        Document report = RealSite.page(REPORT);
        assertEquals("report", report.body().attr("data-content-type"));
        assertEquals("Tillidsdagsordenen i lederuddannelser", report.selectFirst("main h1").text());
        assertEquals("Udgivet 13. februar 2013", report.selectFirst(".page-dates span").text());
        String metadata = report.select("dl.metadata").text();
        for (String fact : List.of("2013-34025", "2013-134398", "Ulla Koch", "Ottiliavej 1",
                "2500 Valby", "2812 2162", "AK3V@ks.kk.dk", "5798009809414", "Tværgående HR")) {
            assertTrue(metadata.contains(fact), "metadata has " + fact + ": " + metadata);
        }
        assertEquals(List.of("Generelt", "Er sket", "Er i færd med", "Kan gøres yderligere"),
                report.select(".content-body h2").eachText());
        assertEquals(List.of("Fælles for LUP 2 og 3", "Særligt for LUP 2", "Særligt for LUP 3", "Lederugen",
                        "LUP 2", "Diplomuddannelse i Ledelse", "DIL-valgmodul i tillidsledelse",
                        "Kodeks for god tillidsledelse"),
                report.select(".content-body h3").eachText());
        Element ref = report.selectFirst("sup.footnote a");
        assertNotNull(ref, "footnote reference");
        Element note = report.selectFirst(ref.attr("href"));
        assertNotNull(note, "footnote target");
        assertTrue(note.text().contains("Denne del af redegørelsen bygger bla. på bidrag fra leverandørerne af LUP 2 og 3."));
        assertTrue(report.select("nav.toc a").size() >= 8, "a table of contents");
    }

    @Test
    void eachContentTypeIsRenderedByItsTemplate() {
        Map<String, Long> counts = RealSite.baked().pageSources().keySet().stream()
                .collect(Collectors.groupingBy(p -> RealSite.page(p).body().attr("data-content-type"), Collectors.counting()));
        assertEquals(1L, counts.get("report"));
        assertEquals(3L, counts.get("annex"));
        assertTrue(counts.get("programme") >= 7, counts.toString());
        assertEquals(2L, counts.get("keynote"));
        assertTrue(counts.get("page") >= 4, counts.toString());
        assertEquals("Rapport", RealSite.page(REPORT).selectFirst("main .page-type").text());
        assertEquals("Bilag", RealSite.page(BILAG_1).selectFirst("main .page-type").text());
        assertEquals("Program", RealSite.page("programmer/lup-3.html").selectFirst("main .page-type").text());
        assertEquals("Keynote", RealSite.page(KEYNOTE_2013).selectFirst("main .page-type").text());
    }

    @Test
    void keynoteProgrammesAreTimetablesWithDanishDates() {
        Document june = RealSite.page(KEYNOTE_2012);
        assertEquals("21. juni 2012", june.selectFirst("dl.metadata time[datetime=2012-06-21]").text());
        // Place and time are in the programme's own words, so the box the site adds does not repeat them.
        assertTrue(june.select("main .content-body").text().contains("Rådhusets festsal d. 21. juni kl. 12.30 – 16.30"));
        assertFalse(june.select("dl.metadata").text().contains("Rådhusets festsal"));
        assertTimetable(june, List.of("12.30", "13.00", "13.20", "14.00", "14.20", "14.50", "16.00", "16.15"));

        Document january = RealSite.page(KEYNOTE_2013);
        assertEquals("Fælles keynotedag 24. januar 2013", january.selectFirst("main h1").text());
        assertNull(january.selectFirst("dl.metadata"), "the title gives the day, the text the place");
        assertTrue(january.select("main .content-body").text().contains("Sted: Råvarebygningen CBS-SIMI Executive, Porcelænshaven 22"));
        assertTimetable(january, List.of("12.30", "12.45", "13.00", "14.15", "14.30", "15.00", "15.15", "16.00"));

        Document bilag2 = RealSite.page(BILAG_2);
        assertEquals(2, bilag2.select("table").size(), "bilag 2 shows both programmes");
    }

    private static void assertTimetable(Document page, List<String> times) {
        Element table = page.selectFirst("main table");
        assertNotNull(table);
        assertEquals(List.of("Tid", "Indhold"), table.select("thead th").eachText());
        assertEquals(times, table.select("tbody tr > :first-child").eachText());
    }

    @Test
    void crossReferencesInTheSourceAreLinks() {
        Document report = RealSite.page(REPORT);
        assertLinks(report, "se bilag 1", "../" + BILAG_1);
        assertTrue(report.select("a[href=../" + BILAG_2 + "]").size() >= 1, "link to bilag 2");
        assertTrue(report.select("a[href=../" + BILAG_3 + "]").size() >= 1, "link to bilag 3");
    }

    private static void assertLinks(Document page, String text, String href) {
        assertTrue(page.select("a[href=" + href + "]").eachText().stream().anyMatch(t -> t.equalsIgnoreCase(text)),
                "a link '" + text + "' to " + href);
    }

    @Test
    void programmePagesShowTheReportsTextAndLinkToItsSection() {
        Document lup2 = RealSite.page("programmer/lup-2.html");
        assertTrue(lup2.select("main").text().contains("På det første modul om det personlige lederskab"));
        assertFalse(lup2.select("main a[href^=../" + REPORT + "#]").isEmpty(), "links to a report section");
        for (String programme : List.of("lup-2", "lup-3", "diplomuddannelse-i-ledelse", "dil-valgmodul-i-tillidsledelse",
                "lederugen", "keynotes", "netvaerksmoeder")) {
            assertEquals("programme", RealSite.page("programmer/" + programme + ".html").body().attr("data-content-type"));
        }
    }

    @Test
    void attachmentsOfBilag1AreListedAsNotIncluded() {
        Document bilag1 = RealSite.page(BILAG_1);
        for (String attachment : List.of("1.1 Faktaark om Budget 2013", "1.2 Tillidsdagsordenen i Københavns Kommune",
                "1.3 Tillid og faglighed i Københavns Kommune", "1.4 Tillid i Københavns Kommune (Cogency)")) {
            Element item = bilag1.select("main li").stream().filter(li -> li.text().contains(attachment))
                    .findFirst().orElseThrow(() -> new AssertionError(attachment));
            assertTrue(item.text().contains("ikke medtaget"), item.text());
            assertTrue(item.select("a").isEmpty(), "no dead link for " + attachment);
        }
    }

    @Test
    void everyPageIsReachableFromTheFrontPage() {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("index.html"));
        while (!queue.isEmpty()) {
            String page = queue.pop();
            if (!seen.add(page) || !Files.isRegularFile(RealSite.dir().resolve(page))) {
                continue;
            }
            // Through any link a reader can follow: the text, the menu, the breadcrumbs and the footer.
            for (Element a : RealSite.page(page).select("a[href]")) {
                String href = a.attr("href").replaceAll("#.*", "");
                if (!href.isEmpty() && !href.contains(":") && href.endsWith(".html")) {
                    queue.add(Path.of(page).resolveSibling(href).normalize().toString().replace('\\', '/'));
                }
            }
        }
        Set<String> unreached = new HashSet<>(RealSite.baked().pageSources().keySet());
        unreached.removeAll(seen);
        unreached.remove("search.html");
        assertEquals(Set.of(), unreached, "pages the front page does not lead to");
    }

    @Test
    void nothingIsLoadedFromOutsideTheSite() {
        for (Map.Entry<String, Document> entry : RealSite.allPages().entrySet()) {
            for (Element el : entry.getValue().select("script[src], link[href], img[src], iframe, object, embed, video, audio, source")) {
                String url = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                assertFalse(url.matches("(?i)^(https?:)?//.*"), entry.getKey() + " loads " + url);
            }
        }
    }

    @Test
    void tagPagesSitemapAndNotFoundPageExist() throws IOException {
        Document tag = RealSite.page("emner/tillid.html");
        assertFalse(tag.select("main li a").isEmpty(), "the tag page lists pages");
        String sitemap = Files.readString(RealSite.dir().resolve("sitemap.xml"));
        for (String page : RealSite.baked().pageSources().keySet()) {
            if (!page.equals("search.html")) {
                assertTrue(sitemap.contains("/" + page + "</loc>"), "sitemap lists " + page);
            }
        }
        assertEquals("Siden findes ikke", RealSite.page("404.html").selectFirst("main h1").text());
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
