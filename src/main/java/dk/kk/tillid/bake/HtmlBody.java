package dk.kk.tillid.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finishing touches on Asciidoctor's HTML that its converter has no setting for. */
final class HtmlBody {
    /** Abbreviations are not marked inside links, code, headings or existing abbr elements. */
    private static final Set<String> SKIPPED = Set.of("a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
            "dt", "sup");
    private final String html;
    private final List<Map<String, Object>> headings;

    private HtmlBody(String html, List<Map<String, Object>> headings) {
        this.html = html;
        this.headings = headings;
    }

    static HtmlBody polish(String converted, Glossary glossary) {
        return polish(converted, glossary, null, false);
    }

    /**
     * @param glossaryHref  the glossary page, relative to this page, where a marked abbreviation leads; null for none
     * @param glossaryPage  whether this is the glossary page, whose every term gets an id to link to
     */
    static HtmlBody polish(String converted, Glossary glossary, String glossaryHref, boolean glossaryPage) {
        Document doc = Jsoup.parseBodyFragment(converted);
        doc.outputSettings().prettyPrint(false);
        for (Element ref : doc.select("sup.footnote > a.footnote")) {
            ref.attr("title", "Se fodnoten");
            ref.attr("aria-label", "Fodnote " + ref.text());
        }
        // The Content-Security-Policy forbids inline styles; column widths are left to the stylesheet.
        doc.select("[style]").removeAttr("style");
        doc.select("colgroup").remove();
        // Wide tables scroll inside their own box, so a phone never scrolls the whole page sideways.
        // Named by its caption or column headings; site.js keeps it a tab stop only while it actually scrolls.
        for (Element table : doc.select("table.tableblock")) {
            Element caption = table.selectFirst("caption");
            List<String> columns = table.select("thead th").eachText();
            String label = caption != null ? caption.text()
                    : columns.isEmpty() ? "Tabel" : "Tabel: " + String.join(", ", columns);
            Element box = new Element("div").addClass("table-scroll")
                    .attr("role", "region").attr("tabindex", "0")
                    .attr("aria-label", label);
            table.replaceWith(box);
            box.appendChild(table);
        }
        excerpts(doc);
        if (glossaryPage) {
            for (Element term : doc.select("dl > dt")) {
                term.id(Glossary.anchor(term.text()));
            }
        }
        markFirstUseOfAbbreviations(doc.body(), glossary, glossaryHref);
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Element heading : doc.select("h2[id], h3[id]")) {
            Element text = heading.clone();
            text.select("sup.footnote").remove();
            headings.add(Map.of("id", heading.id(), "title", text.text(),
                    "level", Integer.parseInt(heading.tagName().substring(1))));
        }
        return new HtmlBody(doc.body().html(), List.copyOf(headings));
    }

    /**
     * Text shown from another document ({@code [.report-excerpt]} quote blocks with a title saying where from)
     * becomes a figure: the quotation with its source as caption, and the address of the source in {@code cite}.
     */
    private static void excerpts(Document doc) {
        for (Element block : doc.select("div.quoteblock.report-excerpt")) {
            Element title = block.selectFirst("> div.title");
            Element quote = block.selectFirst("> blockquote");
            if (title == null || quote == null) {
                continue;
            }
            Element figure = new Element("figure").addClass("report-excerpt");
            if (!block.id().isEmpty()) {
                figure.id(block.id());
            }
            Element source = title.selectFirst("a[href]");
            if (source != null) {
                quote.attr("cite", source.attr("href"));
            }
            figure.appendChild(new Element("figcaption").html(title.html()));
            figure.appendChild(quote);
            block.replaceWith(figure);
        }
    }

    /**
     * Wraps the first use on the page of each glossary term in {@code <abbr title="expansion">}, inside a link to
     * its entry on the glossary page: a title shows only to a mouse, the link reaches touch and keyboard too.
     */
    private static void markFirstUseOfAbbreviations(Element body, Glossary glossary, String glossaryHref) {
        Set<String> used = new HashSet<>();
        for (TextNode text : collectTextNodes(body)) {
            markIn(text, glossary, glossaryHref, used);
        }
    }

    private static List<TextNode> collectTextNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideSkipped(text)) {
                nodes.add(text);
            }
        }, root);
        return nodes;
    }

    private static boolean insideSkipped(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (SKIPPED.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void markIn(TextNode text, Glossary glossary, String glossaryHref, Set<String> used) {
        if (glossary.anyTerm() == null) {
            return;
        }
        Matcher match = glossary.anyTerm().matcher(text.getWholeText());
        while (match.find()) {
            String term = match.group();
            if (used.add(term)) {
                boolean atEnd = match.end() == text.getWholeText().length();
                TextNode found = text.splitText(match.start());
                // jsoup will not split at the very end of a text node
                TextNode rest = atEnd ? null : found.splitText(term.length());
                Element abbr = new Element("abbr").attr("title", glossary.expansion(term)).text(term);
                found.replaceWith(glossaryHref == null ? abbr : new Element("a").addClass("term")
                        .attr("href", glossaryHref + "#" + Glossary.anchor(glossary.entryOf(term))).appendChild(abbr));
                if (rest != null) {
                    markIn(rest, glossary, glossaryHref, used);
                }
                return;
            }
        }
    }

    String html() {
        return html;
    }

    /** h2 and h3 with their ids, in page order, for a table of contents. */
    List<Map<String, Object>> headings() {
        return headings;
    }
}
