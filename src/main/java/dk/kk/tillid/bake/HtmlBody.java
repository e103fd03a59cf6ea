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
        for (Element table : doc.select("table.tableblock")) {
            Element caption = table.selectFirst("caption");
            Element box = new Element("div").addClass("table-scroll")
                    .attr("role", "region").attr("tabindex", "0")
                    .attr("aria-label", caption != null ? caption.text() : "Tabel");
            table.replaceWith(box);
            box.appendChild(table);
        }
        markFirstUseOfAbbreviations(doc.body(), glossary);
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Element heading : doc.select("h2[id], h3[id]")) {
            Element text = heading.clone();
            text.select("sup.footnote").remove();
            headings.add(Map.of("id", heading.id(), "title", text.text(),
                    "level", Integer.parseInt(heading.tagName().substring(1))));
        }
        return new HtmlBody(doc.body().html(), List.copyOf(headings));
    }

    /** Wraps the first use on the page of each glossary term in {@code <abbr title="expansion">}. */
    private static void markFirstUseOfAbbreviations(Element body, Glossary glossary) {
        Set<String> used = new HashSet<>();
        for (TextNode text : collectTextNodes(body)) {
            markIn(text, glossary, used);
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

    private static void markIn(TextNode text, Glossary glossary, Set<String> used) {
        for (Map.Entry<String, Pattern> term : glossary.patterns().entrySet()) {
            if (used.contains(term.getKey())) {
                continue;
            }
            Matcher match = term.getValue().matcher(text.getWholeText());
            if (match.find()) {
                used.add(term.getKey());
                boolean atEnd = match.end() == text.getWholeText().length();
                TextNode after = text.splitText(match.start());
                // jsoup will not split at the very end of a text node
                TextNode rest = atEnd ? null : after.splitText(match.end() - match.start());
                after.replaceWith(new Element("abbr").attr("title", glossary.expansion(term.getKey())).text(term.getKey()));
                markIn(text, glossary, used);
                if (rest != null) {
                    markIn(rest, glossary, used);
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
