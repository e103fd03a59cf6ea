package dk.kk.tillid.index;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the searchable part of one baked page: the text of main, split at h2/h3, with the facts around it. */
final class PageReader {
    // Words inside these run on into their neighbours; every other element separates words.
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data",
            "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
            "u", "var", "wbr", "del", "ins");

    /**
     * Separates the blocks (paragraphs, list items, cells) of a section body as read, so that
     * {@link IncludedText} can tell a paragraph shown on several pages; it joins them with spaces.
     */
    static final char BLOCK = '\u2029';

    /**
     * Enclose, in a body, an abbreviation's expansion that {@link #keepFacts} adds from its tooltip: the page shows
     * it only on hover, restating the glossary, so {@link IndexBuilder} lets those words find the page without
     * counting them (a page that writes the words, or the glossary entry, comes first among equals). The index
     * files leave the marks out ({@link #withoutMarks}).
     */
    static final char EXPANSION_START = '\uE000';
    static final char EXPANSION_END = '\uE001';

    /** The text as readers see it, without the marks around expansions. */
    static String withoutMarks(String text) {
        return text.indexOf(EXPANSION_START) < 0 ? text
                : text.replace(String.valueOf(EXPANSION_START), "").replace(String.valueOf(EXPANSION_END), "");
    }

    private PageReader() {
    }

    static Optional<Page> read(Path file, String sitePath) throws IOException {
        return read(java.nio.file.Files.readAllBytes(file), file.toAbsolutePath().toString(), sitePath);
    }

    /** @param html the page's bytes, in UTF-8 as every baked page is */
    static Optional<Page> read(byte[] html, String baseUri, String sitePath) throws IOException {
        Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), "UTF-8", baseUri);
        Element body = doc.body();
        if (body.hasAttr("data-noindex")) {
            return Optional.empty();
        }
        Element main = Optional.ofNullable(doc.selectFirst("main#indhold")).orElse(doc.selectFirst("main"));
        if (main == null) {
            return Optional.empty();
        }
        // The document is this reader's own, so main is pruned in place rather than copied.
        Element content = main;
        keepFacts(content);
        content.select(".no-index, script, style, noscript, template").remove();
        SectionCollector collector = new SectionCollector();
        NodeTraversor.traverse(collector, content);
        String title = collector.title.isEmpty() ? doc.title().strip() : collector.title;
        String type = body.attr("data-content-type").strip();
        // A page that does not say counts as an ordinary page rather than dropping out of search.
        if (type.isEmpty()) {
            type = "page";
        }
        Element description = doc.head().selectFirst("meta[name=description][data-page]");
        String summary = description == null ? "" : SectionCollector.normalize(description.attr("content"));
        return Optional.of(new Page(sitePath, title, type, summary, collector.sections()));
    }

    /**
     * The facts a page prints around its text are searchable too: the metadata box (case and document
     * number, case officer, a keynote's date, time and place), the date it was published and the tags count
     * as the page's own entry,
     * and a glossary abbreviation also as its expansion ("DIL" as "Diplomuddannelse i ledelse").
     */
    private static void keepFacts(Element content) {
        content.select("dl.metadata").removeClass("no-index");
        // The box around the list folds it away on small screens; its facts count, its "Om dokumentet" does not.
        for (Element box : content.select(".metadata-box:has(dl.metadata)")) {
            box.removeClass("no-index");
            box.select("summary").remove();
        }
        // The date a page was published is one of its facts ("13. februar 2013" finds the report); the date
        // of its last change is not: it comes from the repository's history and would put every page on one day.
        for (Element dates : content.select(".page-dates:has(> [data-published])")) {
            dates.select("> :not([data-published])").remove();
            dates.removeClass("no-index");
        }
        Element tags = content.selectFirst(".tags");
        if (tags != null) {
            String names = String.join(", ", tags.select("li").eachText());
            Element h1 = content.selectFirst("h1");
            if (!names.isEmpty() && h1 != null) {
                h1.after(new Element("p").text(tags.select(".tags__heading").text() + ": " + names));
            }
        }
        for (Element abbr : content.select("abbr[title]")) {
            if (!abbr.attr("title").isBlank()) {
                // In a title or heading it stays plain: headings are shown as read.
                boolean plain = abbr.closest("h1, h2, h3, dt[id]") != null;
                abbr.after(new TextNode(plain ? " (" + abbr.attr("title").strip() + ")"
                        : " (" + EXPANSION_START + abbr.attr("title").strip() + EXPANSION_END + ")"));
            }
        }
    }

    private static final class SectionCollector implements NodeVisitor {
        private static final Pattern SPACES = Pattern.compile("\\s+");
        private final List<SectionText> done = new ArrayList<>();
        private String anchor = "";
        private StringBuilder heading = new StringBuilder();
        private StringBuilder body = new StringBuilder();
        private final StringBuilder titleText = new StringBuilder();
        private String title = "";
        private Element capturing;
        private StringBuilder target = body;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                target.append(text.getWholeText());
            } else if (node instanceof Element el) {
                String tag = el.normalName();
                if (capturing == null && tag.equals("h1") && title.isEmpty() && titleText.isEmpty()) {
                    capturing = el;
                    target = titleText;
                } else if (capturing == null && (tag.equals("h1") || tag.equals("h2") || tag.equals("h3")
                        || glossaryEntry(el))) {
                    finishSection();
                    anchor = anchorOf(el);
                    capturing = el;
                    target = heading;
                } else {
                    separate(el);
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == capturing) {
                if (target == titleText) {
                    title = normalize(titleText);
                }
                capturing = null;
                target = body;
            } else if (node instanceof Element el) {
                separate(el);
            }
        }

        private void separate(Element el) {
            if (!INLINE.contains(el.normalName())) {
                target.append(target == body ? BLOCK : ' ');
            }
        }

        private void finishSection() {
            String text = blocks(body);
            String head = normalize(heading);
            // The page's own entry is kept even when empty: a title match must still lead to the page.
            if (done.isEmpty() || !text.isEmpty() || !head.isEmpty()) {
                done.add(new SectionText(anchor, head, text));
            }
            heading = new StringBuilder();
            body = new StringBuilder();
            target = body;
        }

        List<SectionText> sections() {
            finishSection();
            return List.copyOf(done);
        }

        /** A glossary entry with an address of its own is a result of its own, its term as the heading. */
        private static boolean glossaryEntry(Element el) {
            return el.normalName().equals("dt") && !el.id().isEmpty();
        }

        private static String anchorOf(Element heading) {
            if (!heading.id().isEmpty()) {
                return heading.id();
            }
            Element inner = heading.selectFirst("[id]");
            return inner != null ? inner.id() : "";
        }

        private static String blocks(CharSequence text) {
            return java.util.Arrays.stream(text.toString().split(String.valueOf(BLOCK)))
                    .map(SectionCollector::normalize)
                    .filter(b -> !b.isEmpty())
                    .collect(java.util.stream.Collectors.joining(String.valueOf(BLOCK)));
        }

        static String normalize(CharSequence text) {
            return SPACES.matcher(text.toString().replace('\u00a0', ' ')).replaceAll(" ").strip();
        }
    }
}
