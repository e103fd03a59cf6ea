package dk.kk.tillid.bake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finishing touches on Asciidoctor's HTML that its converter has no setting for. */
final class HtmlBody {
    private final String html;
    private final List<Map<String, Object>> headings;

    private HtmlBody(String html, List<Map<String, Object>> headings) {
        this.html = html;
        this.headings = headings;
    }

    static HtmlBody polish(String converted) {
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
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Element heading : doc.select("h2[id], h3[id]")) {
            Element text = heading.clone();
            text.select("sup.footnote").remove();
            headings.add(Map.of("id", heading.id(), "title", text.text(),
                    "level", Integer.parseInt(heading.tagName().substring(1))));
        }
        return new HtmlBody(doc.body().html(), List.copyOf(headings));
    }

    String html() {
        return html;
    }

    /** h2 and h3 with their ids, in page order, for a table of contents. */
    List<Map<String, Object>> headings() {
        return headings;
    }
}
