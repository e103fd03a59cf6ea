package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Content may not run code on the intranet. Whatever way markup reached the page (a passthrough block,
 * inline pass, a link macro), the converted HTML is checked for anything that can run script or load
 * another origin, and each finding points at the source line that most likely wrote it.
 */
final class UnsafeHtml {
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("script", "iframe", "frame", "object", "embed", "form", "style", "link", "meta", "base", "svg", "math");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster", "xlink:href");

    private UnsafeHtml() {
    }

    static List<Diagnostic> check(String name, SourceText source, String html) {
        List<Diagnostic> problems = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                problems.add(problem(name, source, "<" + tag, "Elementet <" + tag + "> er ikke tilladt i indhold."));
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (key.startsWith("on")) {
                    problems.add(problem(name, source, attribute.getKey(),
                            "Attributten " + attribute.getKey() + "= kører kode og er ikke tilladt i indhold."));
                } else if (URL_ATTRIBUTES.contains(key)
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text/html"))) {
                    problems.add(problem(name, source, value.substring(0, value.indexOf(':') + 1),
                            "En " + value.substring(0, value.indexOf(':') + 1) + "-adresse kører kode og er ikke tilladt."));
                }
            }
        }
        return problems;
    }

    private static Diagnostic problem(String name, SourceText source, String needle, String message) {
        return Diagnostic.error(name, source.lineContainingIgnoreCase(needle), message,
                "Fjern den rå HTML; brug AsciiDoc-markup. Rå HTML må kun bruges til enkel tekstformatering (se redaktørvejledningen).");
    }
}
