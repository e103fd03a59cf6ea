package dk.kk.tillid.reader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a reader learns from the pages: a front page that says what the report is, honest dates, no fact said twice,
 * contents for long pages, a glossary to look things up in, and a title of its own for every page.
 */
class PageFactsIT {
    private static final String REPORT = BakedSite.REPORT;

    /** A page's address from a link on another page, relative to the site root, without its fragment. */
    private static String target(String page, String href) {
        return URI.create("http://site/" + page).resolve(href).getPath().substring(1);
    }

    @Test
    void everyPageHasATitleOfItsOwnADescriptionAndTheFavicon() {
        Map<String, String> titles = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            String before = titles.put(doc.title(), page);
            if (before != null) {
                problems.add(page + " and " + before + " are both titled " + doc.title());
            }
            if (doc.select("meta[name=description]").attr("content").length() < 40) {
                problems.add(page + ": no description");
            }
            Element icon = doc.selectFirst("link[rel=icon]");
            // The 404 page, shown at any depth, links by the site's public path (/tillid/favicon.svg), as its stylesheets.
            String iconHref = icon == null ? "" : icon.attr("href").replaceFirst("^/[^/]+/", "");
            if (icon == null || !Files.isRegularFile(BakedSite.DIR.resolve(target(page, iconHref)))) {
                problems.add(page + ": no favicon");
            }
            if (!doc.select("footer a").eachText().contains("Om sitet")) {
                problems.add(page + ": no Om sitet in the footer");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals("Forside – Tillidsdagsordenen i lederuddannelser", BakedSite.parse("index.html").title());
    }

    @Test
    void theFrontPageSaysWhatTheReportIsAndLeadsToEveryPartOnce() {
        Document front = BakedSite.parse("index.html");
        Element main = front.selectFirst("main");
        assertTrue(main.selectFirst(".content-body p").text().startsWith("Her finder du rapporten fra Tværgående HR af 13. februar 2013"));
        assertEquals("../" + REPORT, "../" + main.selectFirst(".front-primary a").attr("href"));
        assertEquals("Læs rapporten", main.selectFirst(".front-primary a").text());

        // The four parts, each introduced by its own first sentence, word for word as the report has it.
        Document report = BakedSite.parse(REPORT);
        List<Element> parts = main.select(".front-parts dl > dt");
        assertEquals(List.of("Generelt", "Er sket", "Er i færd med", "Kan gøres yderligere"),
                parts.stream().map(Element::text).toList());
        for (Element part : parts) {
            String href = part.selectFirst("a").attr("href");
            assertTrue(href.startsWith(REPORT + "#"), href);
            Element section = report.getElementById(href.substring(href.indexOf('#') + 1)).parent();
            String first = section.selectFirst(".paragraph p").text();
            String sentence = part.nextElementSibling().text();
            assertTrue(sentence.endsWith("."), sentence);
            assertTrue(first.startsWith(sentence), part.text() + ": \"" + sentence + "\" does not open \"" + first + "\"");
        }

        // Every annex, programme and keynote, each once; the editors' guide is not among them, and no menu repeats them.
        List<String> links = main.select("a[href]:not(.term)").eachAttr("href");
        assertEquals(new HashSet<>(links).size(), links.size(), "a link listed twice: " + links);
        Set<String> pages = new HashSet<>();
        links.forEach(href -> pages.add(target("index.html", href)));
        for (String page : BakedSite.pages()) {
            String type = BakedSite.parse(page).body().attr("data-content-type");
            if (List.of("report", "annex", "programme", "keynote").contains(type)) {
                assertTrue(pages.contains(page), "the front page leads to " + page);
            }
        }
        assertFalse(pages.contains("om/vejledning.html"), "the guide is for editors, under Om sitet");
        assertTrue(front.select("nav.side-nav").isEmpty(), "no menu listing the same pages again");
    }

    @Test
    void datesSayWhenTheDocumentWasWrittenAndWhenThePageLastChanged() throws IOException {
        Map<String, String> lastChanged = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            String type = doc.body().attr("data-content-type");
            if (!List.of("report", "annex", "programme", "keynote", "page").contains(type) || page.equals("index.html")) {
                continue;
            }
            Map<String, String> dates = new HashMap<>();
            for (Element span : doc.select("main .page-dates > span")) {
                Element time = span.selectFirst("time[datetime]");
                dates.put(span.ownText().strip(), time == null ? null : time.attr("datetime"));
            }
            if (dates.get("Senest opdateret") == null) {
                problems.add(page + ": no Senest opdateret in a <time>: " + dates);
            }
            // A keynote's date is the day of the event, not when the programme was published.
            if (type.equals("keynote") == dates.containsKey("Udgivet")) {
                problems.add(page + ": " + dates);
            }
            lastChanged.put(page, dates.get("Senest opdateret"));
        }
        assertEquals(List.of(), problems);
        assertEquals("2013-02-13", BakedSite.parse(REPORT).select(".page-dates time").first().attr("datetime"),
                "the report's own date");

        Document sitemap = Jsoup.parse(Files.readString(BakedSite.DIR.resolve("sitemap.xml"), StandardCharsets.UTF_8),
                "", Parser.xmlParser());
        // Under the public address set in jbake.properties, never the editor's own machine.
        java.util.Properties settings = new java.util.Properties();
        try (var in = Files.newBufferedReader(java.nio.file.Path.of("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        String host = settings.getProperty("site.host").replaceFirst("/$", "") + "/";
        assertFalse(host.contains("127.0.0.1") || host.contains("localhost"), host);
        int urls = 0;
        for (Element url : sitemap.select("url")) {
            String loc = url.selectFirst("loc").text();
            assertTrue(loc.startsWith(host), loc);
            String page = loc.substring(host.length());
            if (lastChanged.containsKey(page)) {
                assertEquals(lastChanged.get(page), url.selectFirst("lastmod").text(), loc);
                urls++;
            }
        }
        assertEquals(lastChanged.size(), urls, "every page is in sitemap.xml");
    }

    @Test
    void noHeadingOrBoxTheSiteAddsRepeatsTheSourcesWords() {
        List<String> problems = new ArrayList<>();
        Set<String> navigationNames = new HashSet<>();
        Map<String, String> lowerCased = new HashMap<>();
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            for (Element heading : doc.select("main .content-body :is(h2, h3)")) {
                Element next = heading.nextElementSibling();
                if (next == null && heading.parent().hasClass("sect1")) {
                    next = heading.parent().selectFirst(".sectionbody > *");
                }
                if (next != null && next.text().startsWith(heading.text() + ":")) {
                    problems.add(page + ": heading \"" + heading.text() + "\" over \"" + next.text() + "\"");
                }
            }
            // A keynote's box (day, time, place) against its title and text; the report's letterhead is the source's own.
            String body = doc.select("main .content-body").text() + " " + doc.select("main h1").text();
            for (Element dd : doc.select("body[data-content-type=keynote] main dl.metadata dd")) {
                if (body.contains(dd.text())) {
                    problems.add(page + ": the box repeats \"" + dd.text() + "\"");
                }
            }
            for (String name : doc.select("nav.side-nav a, nav.breadcrumbs a").eachText()) {
                String before = lowerCased.put(name.toLowerCase(Locale.ROOT), name);
                if (before != null && !before.equals(name)) {
                    problems.add(page + ": the menu says both " + before + " and " + name);
                }
                navigationNames.add(name);
            }
            // Report text shown on another page says where it comes from and links there.
            for (Element excerpt : doc.select("main .content-body figure.report-excerpt")) {
                Element caption = excerpt.selectFirst("figcaption");
                Element source = caption == null ? null : caption.selectFirst("a[href]");
                if (source == null || !caption.text().startsWith("Fra ") || excerpt.selectFirst("blockquote") == null) {
                    problems.add(page + ": an excerpt without a caption linking its source");
                } else if (source.attr("href").contains("#")) {
                    String id = source.attr("href").replaceFirst(".*#", "");
                    if (BakedSite.parse(target(page, source.attr("href"))).getElementById(id) == null) {
                        problems.add(page + ": the excerpt's source " + source.attr("href") + " does not exist");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(navigationNames.size() > 15, navigationNames.toString());
        Document lup2 = BakedSite.parse("programmer/lup-2.html");
        assertTrue(lup2.select("figure.report-excerpt figcaption").eachText().contains("Fra rapporten: Særligt for LUP 2"));
    }

    @Test
    void everyPageWithThreeSectionsOrMoreHasContents() {
        List<String> problems = new ArrayList<>();
        int withContents = 0;
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            List<String> sections = doc.select("main .content-body h2[id]").eachAttr("id");
            Element toc = doc.selectFirst("main nav.toc");
            if (sections.size() >= 3 && !page.equals("index.html")) {
                withContents++;
                List<String> listed = toc == null ? List.of() : toc.select("a").eachAttr("href");
                if (!listed.containsAll(sections.stream().map(id -> "#" + id).toList())) {
                    problems.add(page + ": contents " + listed + " for sections " + sections);
                }
            }
            if (toc != null && !toc.select("ol").isEmpty()) {
                problems.add(page + ": the contents number headings that carry their own numbers");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(withContents >= 8, "pages with contents: " + withContents);
        Element bilag3 = BakedSite.parse("bilag/bilag-3-opgave-lup-2-fase-4-modul-4.html").selectFirst("nav.toc");
        assertTrue(bilag3.select("a").eachText().contains("1. Perspektiv på opgaven"), bilag3.text());
    }

    @Test
    void theGlossaryExplainsAbbreviationsProgrammesAndNamesEachUnderItsOwnAddress() {
        Document glossary = BakedSite.parse("opslag/ordliste.html");
        assertEquals(List.of("Forkortelser", "Programmer og aktiviteter", "Navne"),
                glossary.select("main .content-body h2").eachText());
        Set<String> ids = new HashSet<>();
        for (Element term : glossary.select("main .content-body dl > dt")) {
            assertFalse(term.id().isEmpty(), term.text() + " has an address");
            assertTrue(ids.add(term.id()), term.id() + " twice");
        }
        assertTrue(ids.containsAll(List.of("term-lup", "term-lup-2", "term-claus-juhl", "term-kk")), ids.toString());

        // Every explained abbreviation is a link to its entry: reached by touch and keyboard, not only by a mouse.
        List<String> problems = new ArrayList<>();
        int links = 0;
        for (String page : BakedSite.pages()) {
            for (Element abbr : BakedSite.parse(page).select("main abbr")) {
                Element link = abbr.parent();
                if (!link.is("a.term[href]")) {
                    problems.add(page + ": " + abbr.text() + " is not a link to the glossary");
                    continue;
                }
                links++;
                String href = link.attr("href");
                if (!target(page, href).equals("opslag/ordliste.html") || !ids.contains(href.replaceFirst(".*#", ""))) {
                    problems.add(page + ": " + abbr.text() + " leads to " + href);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(links > 40, "abbreviation links: " + links);
    }

    @Test
    void tagPagesIntroduceThemselvesAndListTheirPagesInOrder() {
        List<String> order = List.of("Rapport", "Bilag", "Program", "Keynote", "Side");
        int tagPages = 0;
        for (String page : BakedSite.pages()) {
            if (!page.startsWith("emner/") || page.equals("emner/index.html")) {
                continue;
            }
            tagPages++;
            Document doc = BakedSite.parse(page);
            assertTrue(doc.selectFirst("main h1 + p").text().startsWith("Sider med emnet"), page);
            List<String[]> listed = new ArrayList<>();
            Pattern item = Pattern.compile("^(.*) \\((\\p{L}+)\\)$");
            for (Element li : doc.select("main ul.tag-pages > li")) {
                Matcher m = item.matcher(li.text());
                assertTrue(m.matches(), li.text());
                listed.add(new String[] {m.group(2), m.group(1)});
            }
            List<String[]> sorted = new ArrayList<>(listed);
            sorted.sort((a, b) -> order.indexOf(a[0]) != order.indexOf(b[0]) ? order.indexOf(a[0]) - order.indexOf(b[0])
                    : java.text.Collator.getInstance(Locale.forLanguageTag("da")).compare(a[1], b[1]));
            assertEquals(sorted.stream().map(a -> a[1]).toList(), listed.stream().map(a -> a[1]).toList(), page);
        }
        assertTrue(tagPages > 5);
        assertNotNull(BakedSite.parse("emner/index.html").selectFirst("main h1 + p"), "the tags page says what tags are");
    }
}
