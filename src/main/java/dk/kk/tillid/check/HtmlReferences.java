package dk.kk.tillid.check;

import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which attributes of which elements hold URLs; only these are links, never text, comments or script. */
final class HtmlReferences {

    private static final Set<String> HINT_RELS = Set.of("preconnect", "dns-prefetch");
    private static final String OPEN_GRAPH_IMAGE = "og:image";

    private HtmlReferences() {
    }

    /** Adds the references {@code element} makes through its attributes, except {@code style}. */
    static void collect(Element element, PageLines lines, List<Reference> into) {
        switch (element.normalName()) {
            case "a", "area" -> add(element, "href", Reference.Usage.PLAIN, lines, into);
            case "link" -> {
                Set<String> rels = tokens(element.attr("rel"));
                if (rels.stream().noneMatch(HINT_RELS::contains)) {
                    add(element, "href", rels.contains("stylesheet") ? Reference.Usage.STYLESHEET : Reference.Usage.PLAIN, lines, into);
                }
            }
            case "base" -> add(element, "href", Reference.Usage.BASE, lines, into);
            case "img" -> {
                add(element, "src", Reference.Usage.PLAIN, lines, into);
                addSrcset(element, lines, into);
                add(element, "usemap", Reference.Usage.MAP, lines, into);
            }
            case "source" -> {
                add(element, "src", Reference.Usage.PLAIN, lines, into);
                addSrcset(element, lines, into);
            }
            case "video" -> {
                add(element, "src", Reference.Usage.PLAIN, lines, into);
                add(element, "poster", Reference.Usage.PLAIN, lines, into);
            }
            case "script", "iframe", "embed", "audio", "track" -> add(element, "src", Reference.Usage.PLAIN, lines, into);
            case "input" -> {
                if (element.attr("type").equalsIgnoreCase("image")) {
                    add(element, "src", Reference.Usage.PLAIN, lines, into);
                }
            }
            case "object" -> add(element, "data", Reference.Usage.PLAIN, lines, into);
            case "form" -> add(element, "action", Reference.Usage.PLAIN, lines, into);
            case "blockquote", "q", "del", "ins" -> add(element, "cite", Reference.Usage.PLAIN, lines, into);
            case "meta" -> collectMeta(element, lines, into);
            default -> {
                // Every other element carries no URL the site depends on.
            }
        }
    }

    private static void collectMeta(Element meta, PageLines lines, List<Reference> into) {
        if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
            RefreshContent.url(meta.attr("content")).ifPresent(url ->
                    into.add(new Reference(url, lines.of(meta, "content"), "content", Reference.Usage.PLAIN)));
        } else if (meta.attr("property").equals(OPEN_GRAPH_IMAGE) || meta.attr("name").equals(OPEN_GRAPH_IMAGE)) {
            add(meta, "content", Reference.Usage.PLAIN, lines, into);
        }
    }

    /** Whether the element is a meta refresh that sends the reader to another URL. */
    static boolean isRefresh(Element element) {
        return element.nameIs("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")
                && RefreshContent.url(element.attr("content")).isPresent();
    }

    private static void addSrcset(Element element, PageLines lines, List<Reference> into) {
        if (element.hasAttr("srcset")) {
            int line = lines.of(element, "srcset");
            for (String url : SrcsetCandidates.urls(element.attr("srcset"))) {
                into.add(new Reference(url, line, "srcset", Reference.Usage.PLAIN));
            }
        }
    }

    private static void add(Element element, String attribute, Reference.Usage usage, PageLines lines, List<Reference> into) {
        if (element.hasAttr(attribute)) {
            into.add(new Reference(element.attr(attribute), lines.of(element, attribute), attribute, usage));
        }
    }

    private static Set<String> tokens(String list) {
        return Arrays.stream(list.toLowerCase(Locale.ROOT).trim().split("\\s+")).collect(Collectors.toSet());
    }
}
