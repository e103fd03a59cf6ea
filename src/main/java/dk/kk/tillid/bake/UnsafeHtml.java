package dk.kk.tillid.bake;

import dk.kk.tillid.files.UrlScheme;
import dk.kk.tillid.problem.Diagnostic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content may not run code or load anything on the intranet. A page's converted HTML, whatever way markup
 * reached it (a passthrough block, an inline pass, an attribute, a link or image macro's target), may use only
 * the elements, attributes and URL schemes listed here: what Asciidoctor writes for AsciiDoc, and simple
 * formatting. Anything else is an error naming it, at the source line that wrote it; nothing is removed
 * silently, which is why this validates against the list instead of running jsoup's cleaner.
 */
final class UnsafeHtml {
    /** Elements and attributes allowed in a page body; the editor's guide (content/om/vejledning.adoc) lists them. */
    static final Safelist ALLOWED = new Safelist()
            .addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
                    "details", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
                    "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub",
                    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var")
            .addAttributes(":all", "class", "id", "title", "lang", "dir")
            .addAttributes("a", "href", "target", "rel")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start", "type", "reversed")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("code", "data-lang")
            .addAttributes("details", "open")
            // Asciidoctor sets column and table widths, and a page break, with style="".
            .addAttributes("col", "style")
            .addAttributes("table", "style")
            .addAttributes("div", "style");
    /** Attributes the browser follows as a URL, among those allowed. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src");
    /** A relative URL (no scheme) stays on the site; these schemes leave it without running anything. */
    static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** The declarations Asciidoctor writes: widths in a table, a page break. */
    static final Pattern ALLOWED_STYLE = Pattern.compile(
            "(\\s*(width:\\s*\\d+(\\.\\d+)?(%|px|em)|page-break-after:\\s*always)\\s*;?)+\\s*");
    /** The page the body is shown in, so that the body is parsed as the browser will parse it. */
    private static final String PAGE_START = "<!DOCTYPE html><html><head></head><body><main>";
    private static final String FIX = "Skriv indholdet i AsciiDoc. Rå HTML må kun bruge de elementer, attributter og"
            + " adresser, som redaktørvejledningen nævner under \"Rå HTML\".";

    /** Where a piece of source text was written. */
    record Place(String file, int line) {
    }

    /** Finds the source line that contains one of the given texts, tried in order; the page itself at line 0 when none does. */
    interface Locator {
        Optional<Place> find(String text);
    }

    private UnsafeHtml() {
    }

    static List<Diagnostic> check(String name, String html, Locator locator) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(PAGE_START + html, "", parser);
        Element wrapper = page.body().firstElementChild();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        Deque<Element> pending = new ArrayDeque<>(List.of(page.child(0)));
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            String tag = element.normalName();
            Optional<String> raw = rawStartTag(element, html);
            // A <body onload> or <html lang> in content lands on the page's own element, as in a browser.
            boolean pageElement = element.parent() == page || element == page.body() || element == page.head();
            if (!pageElement && element != wrapper && !ALLOWED.isSafeTag(tag)) {
                // One error for the element; what is inside it goes with it.
                problems.add(problem(name, locator, raw, "<" + tag, "Elementet <" + tag + "> er ikke tilladt i indhold."));
                continue;
            }
            List<Element> children = element.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
            if (element == wrapper) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                String value = attribute.getValue();
                if (pageElement || !ALLOWED.isSafeAttribute(tag, element, attribute)) {
                    problems.add(problem(name, locator, raw, key + "=",
                            "Attributten " + key + "= på <" + tag + "> er ikke tilladt i indhold."));
                } else if (URL_ATTRIBUTES.contains(key)) {
                    Optional<String> scheme = UrlScheme.of(value);
                    if (scheme.isPresent() && !ALLOWED_SCHEMES.contains(scheme.get())) {
                        problems.add(problem(name, locator, raw, value, "Adressen \"" + shown(value) + "\" i " + key
                                + "= er ikke tilladt: en " + scheme.get() + ":-adresse kan køre kode eller hente"
                                + " indhold udefra. Tilladt er adresser på sitet, http:, https:, mailto: og tel:."));
                    }
                } else if (key.equals("style") && !ALLOWED_STYLE.matcher(value.toLowerCase(Locale.ROOT)).matches()) {
                    problems.add(problem(name, locator, raw, value, "Stilen \"" + shown(value) + "\" i style= er ikke tilladt i indhold."));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The first line of the start tag as written, which a passthrough carries unchanged from its source. */
    private static Optional<String> rawStartTag(Element element, String html) {
        Range range = element.sourceRange();
        int start = range.startPos() - PAGE_START.length();
        int end = range.endPos() - PAGE_START.length();
        if (!range.isTracked() || range.isImplicit() || start < 0 || end > html.length() || end <= start) {
            return Optional.empty();
        }
        String tag = html.substring(start, end).strip();
        int newline = tag.indexOf('\n');
        return Optional.of(newline < 0 ? tag : tag.substring(0, newline).strip());
    }

    /** The URL or style as an editor can read it in a message: control characters made visible, long ones cut. */
    private static String shown(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(80).forEach(c -> {
            if (c < ' ' || c == 0x7f) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return value.codePointCount(0, value.length()) > 80 ? shown + "…" : shown.toString();
    }

    private static Diagnostic problem(String name, Locator locator, Optional<String> raw, String written, String message) {
        Place place = raw.flatMap(locator::find).or(() -> locator.find(written)).orElse(new Place(name, 0));
        return Diagnostic.error(place.file(), place.line(), message, FIX);
    }
}
