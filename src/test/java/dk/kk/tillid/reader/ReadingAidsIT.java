package dk.kk.tillid.reader;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aids the bake adds for a reader: contents, explained abbreviations, previous/next, and related pages. */
class ReadingAidsIT {
    /**
     * Running text, where an abbreviation is explained; not in links (other than the link an explained abbreviation
     * is), headings, terms or footnote marks.
     */
    private static final Set<String> NOT_RUNNING_TEXT = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "code",
            "pre", "sup");

    /** A page's address from a link on another page, relative to the site root. */
    private static String target(String page, String href) {
        return URI.create("http://site/" + page).resolve(href).getPath().substring(1);
    }

    @Test
    void theReportAndEveryAnnexOpenWithTheirContents() {
        List<String> checked = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            String type = doc.body().attr("data-content-type");
            if (type.equals("report") || type.equals("annex")) {
                List<String> headings = doc.select("main .content-body :is(h2, h3)[id]").eachAttr("id")
                        .stream().map(id -> "#" + id).toList();
                assertTrue(headings.size() >= 2, page + " has sections: " + headings);
                assertEquals(headings, doc.select("main nav.toc a").eachAttr("href"), page + ": contents");
                assertEquals("Indhold på siden", doc.select("main nav.toc summary").text(), page);
                checked.add(page);
            }
        }
        assertEquals(4, checked.size(), "the report and its three annexes: " + checked);
    }

    @Test
    void everyAbbreviationIsExplainedWhereTheReaderFirstMeetsIt() {
        Map<String, String> glossary = glossary();
        Map<String, Pattern> terms = new HashMap<>();
        glossary.keySet().forEach(term ->
                terms.put(term, Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])")));
        List<String> problems = new ArrayList<>();
        int explained = 0;
        for (String page : BakedSite.pages()) {
            if (page.equals("opslag/ordliste.html")) {
                continue;
            }
            Set<String> met = new HashSet<>();
            Element body = BakedSite.parse(page).selectFirst("main .content-body");
            for (TextNode text : body == null ? List.<TextNode>of() : runningText(body)) {
                Element abbr = text.parent();
                if (abbr.normalName().equals("abbr")) {
                    explained++;
                    if (!met.add(abbr.text())) {
                        problems.add(page + ": " + abbr.text() + " explained again");
                    }
                    if (!abbr.attr("title").equals(glossary.get(abbr.text()))) {
                        problems.add(page + ": " + abbr.text() + " explained as '" + abbr.attr("title") + "'");
                    }
                    continue;
                }
                terms.forEach((term, pattern) -> {
                    if (!met.contains(term) && pattern.matcher(text.getWholeText()).find()) {
                        problems.add(page + ": first " + term + " not explained, in \"" + text.text().strip() + "\"");
                        met.add(term);
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(explained > 40, "abbreviations explained on the site: " + explained);
    }

    /** Terms of the glossary page, each variant of "bl.a. / bla." on its own, to what they stand for. */
    private static Map<String, String> glossary() {
        Map<String, String> glossary = new HashMap<>();
        for (Element term : BakedSite.parse("opslag/ordliste.html").select("main #forkortelser + .sectionbody dl dt")) {
            for (String variant : term.text().split(" / ")) {
                glossary.put(variant, term.nextElementSibling().text());
            }
        }
        assertTrue(glossary.size() > 20, glossary.toString());
        return glossary;
    }

    /** The text nodes of running text under {@code root}, in reading order. */
    private static List<TextNode> runningText(Element root) {
        List<TextNode> texts = new ArrayList<>();
        for (Node node : root.childNodes()) {
            if (node instanceof TextNode text) {
                texts.add(text);
            } else if (node instanceof Element child && (!NOT_RUNNING_TEXT.contains(child.normalName())
                    || child.is("a.term"))) {
                texts.addAll(runningText(child));
            }
        }
        return texts;
    }

    @Test
    void previousAndNextFollowTheSectionsOrderInTheMenu() {
        int pagers = 0;
        for (String page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            Element section = doc.selectFirst("nav.side-nav .side-nav__section--current");
            List<String> order = section == null ? List.of()
                    : section.select("ul a").eachAttr("href").stream().map(href -> target(page, href)).toList();
            int at = order.indexOf(page);
            Element pager = doc.selectFirst("main nav.pager");
            if (at < 0 || order.size() < 2) {
                assertEquals(null, pager, page + " is alone in its section or a section's front page");
                continue;
            }
            pagers++;
            assertEquals(order.subList(Math.max(0, at - 1), at), links(page, pager, "a[rel=prev]"), page);
            assertEquals(order.subList(at + 1, Math.min(order.size(), at + 2)), links(page, pager, "a[rel=next]"), page);
            pager.select("a[rel=prev]").forEach(a -> assertTrue(a.text().startsWith("Forrige: "), a.text()));
            pager.select("a[rel=next]").forEach(a -> assertTrue(a.text().startsWith("Næste: "), a.text()));
        }
        assertEquals(15, pagers, "three annexes, eight programmes, two keynotes, two reference pages");
    }

    private static List<String> links(String page, Element within, String selector) {
        return within.select(selector).eachAttr("href").stream().map(href -> target(page, href)).toList();
    }

    @Test
    void seeAlsoLeadsToPagesOnTheSameTopics() {
        Map<String, Set<String>> topics = new HashMap<>();
        BakedSite.pages().forEach(page -> topics.put(page, topics(page)));
        int asides = 0;
        for (String page : BakedSite.pages()) {
            Set<String> mine = topics.get(page);
            List<String> sharing = BakedSite.pages().stream()
                    .filter(other -> !other.equals(page) && topics.get(other).stream().anyMatch(mine::contains))
                    .toList();
            Element aside = BakedSite.parse(page).selectFirst("main aside.see-also");
            if (sharing.isEmpty()) {
                assertEquals(null, aside, page + " shares no topic");
                continue;
            }
            asides++;
            assertTrue(aside != null && aside.select("h2").text().equals("Se også"),
                    page + " shares topics with " + sharing);
            List<String> related = links(page, aside, "a");
            assertEquals(Math.min(6, sharing.size()), related.size(), page + ": " + related);
            int previousShared = Integer.MAX_VALUE;
            for (String other : related) {
                Set<String> shared = new HashSet<>(topics.get(other));
                shared.retainAll(mine);
                assertTrue(!shared.isEmpty() && shared.size() <= previousShared,
                        page + " → " + other + " shares " + shared + ", most shared topics first");
                previousShared = shared.size();
            }
        }
        assertTrue(asides > 10, "pages with Se også: " + asides);
    }

    private static Set<String> topics(String page) {
        return new HashSet<>(links(page, BakedSite.parse(page).body(), "main .tags__list a"));
    }
}
