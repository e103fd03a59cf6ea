package dk.kk.tillid.check;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one page, in the charset it declares, and keeps what the check needs.
 * Jsoup builds elements only from markup, so comments, script text and escaped markup in code blocks can
 * never pass for links or ids.
 */
final class PageScanner {

    private final String file;
    private final PageLines lines;
    private final List<Reference> references = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> anchors = new HashSet<>();
    private final Set<String> maps = new HashSet<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private Optional<String> baseHref = Optional.empty();
    private boolean redirects;

    private PageScanner(String file, PageLines lines) {
        this.file = file;
        this.lines = lines;
    }

    static ScannedPage scan(Path path, String file) throws IOException {
        return scan(PageText.read(path), file);
    }

    static ScannedPage scan(String html, String file) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        PageScanner scanner = new PageScanner(file, new PageLines(html));
        for (Element element : document.getAllElements()) {
            scanner.visit(element);
        }
        return new ScannedPage(file, scanner.baseHref, Set.copyOf(scanner.anchors), Set.copyOf(scanner.maps),
                scanner.redirects, List.copyOf(scanner.references), List.copyOf(scanner.findings));
    }

    private void visit(Element element) {
        noteId(element);
        if (element.nameIs("a") && element.hasAttr("name")) {
            anchors.add(element.attr("name"));
        }
        if (element.nameIs("map")) {
            for (String name : List.of(element.attr("name"), element.id())) {
                if (!name.isEmpty()) {
                    maps.add(name);
                }
            }
        }
        if (element.nameIs("base") && element.hasAttr("href") && baseHref.isEmpty()) {
            baseHref = Optional.of(element.attr("href"));
        }
        redirects |= HtmlReferences.isRefresh(element);
        if (element.nameIs("img")) {
            checkAlt(element);
            checkSource(element);
        }
        if (element.nameIs("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
            checkRefresh(element);
        }
        HtmlReferences.collect(element, lines, references);
        if (isUnfilledPdfLink(element)) {
            references.add(new Reference(element.attr("data-pdf"), lines.of(element, "data-pdf"), "data-pdf",
                    Reference.Usage.PROMISED));
        }
        if (element.hasAttr("style")) {
            addCss(element.attr("style"), lines.of(element, "style"), false);
        }
        if (element.nameIs("style")) {
            for (DataNode css : element.dataNodes()) {
                addCss(css.getWholeData(), lines.of(css), true);
            }
        }
    }

    /** The pdf stage's placeholder before it is filled in with its {@code <a href>} (pdf/PdfEdition). */
    private static boolean isUnfilledPdfLink(Element element) {
        return element.nameIs("p") && element.hasClass("pdf-download") && element.hasAttr("data-pdf")
                && element.selectFirst("a[href]") == null;
    }

    private void noteId(Element element) {
        String id = element.id();
        if (id.isEmpty()) {
            return;
        }
        anchors.add(id);
        int line = lines.of(element, "id");
        Integer first = idLines.putIfAbsent(id, line);
        if (first != null) {
            findings.add(Problem.DUPLICATE_ID.at(file, line, id, "id=\"" + id + "\" er allerede brugt på linje " + first));
        }
    }

    private void checkAlt(Element img) {
        String value = img.hasAttr("src") ? img.attr("src") : img.attr("srcset");
        if (!img.hasAttr("alt")) {
            findings.add(Problem.MISSING_ALT.at(file, lines.of(img), value,
                    describe(img) + " mangler alt; skriv alt=\"\" hvis billedet kun er pynt"));
        } else if (!img.attr("alt").isEmpty() && img.attr("alt").isBlank()) {
            findings.add(Problem.BLANK_ALT.at(file, lines.of(img, "alt"), value,
                    "alt på " + describe(img) + " er kun blanktegn; skriv en tekst, eller alt=\"\" for pynt"));
        }
    }

    /**
     * By the HTML standard's image source selection a browser shows an {@code <img>} without {@code src} only
     * through a {@code srcset} candidate: its own, or that of a {@code <source>} in its {@code <picture>} without
     * {@code media} or {@code type}, the only kind every browser on every screen selects.
     */
    private void checkSource(Element img) {
        if (img.hasAttr("src") || SrcsetCandidates.hasCandidate(img.attr("srcset")) || hasUnconditionalSource(img)) {
            return;
        }
        String why = img.hasAttr("srcset")
                ? " har intet src, og srcset har ingen gyldig kandidat"
                : " har hverken src eller srcset";
        findings.add(Problem.MISSING_SRC.at(file, lines.of(img), img.attr("srcset"),
                describe(img) + why + ", så browseren viser intet billede; skriv src=\"…\""));
    }

    private static boolean hasUnconditionalSource(Element img) {
        Element parent = img.parent();
        return parent != null && parent.nameIs("picture") && img.previousElementSiblings().stream()
                .anyMatch(source -> source.nameIs("source") && !source.hasAttr("media") && !source.hasAttr("type")
                        && SrcsetCandidates.hasCandidate(source.attr("srcset")));
    }

    /** The image as the editor would find it: by its src, else its srcset. */
    private static String describe(Element img) {
        if (img.hasAttr("src")) {
            return "<img src=\"" + img.attr("src") + "\">";
        }
        return img.hasAttr("srcset") ? "<img srcset=\"" + img.attr("srcset") + "\">" : "<img>";
    }

    private void checkRefresh(Element meta) {
        String malformed = RefreshContent.parse(meta.attr("content")).malformed();
        if (malformed != null) {
            String attribute = meta.hasAttr("content") ? "content" : "http-equiv";
            findings.add(Problem.BAD_REFRESH.at(file, lines.of(meta, attribute), meta.attr("content"),
                    attribute + "=\"" + meta.attr(attribute) + "\": ugyldig meta refresh: " + malformed
                            + ", så browseren ignorerer den; skriv fx content=\"0; url=side.html\""));
        }
    }

    /**
     * @param exactLines whether lines inside the CSS count: true for a {@code <style>} block, which starts at
     *                   {@code firstLine}; false for a {@code style} attribute, whose findings stay on its line
     */
    private void addCss(String css, int firstLine, boolean exactLines) {
        for (CssReferences.CssUrl url : CssReferences.in(css)) {
            references.add(url.toReference(exactLines ? firstLine + url.lineOffset() : firstLine));
        }
    }
}
