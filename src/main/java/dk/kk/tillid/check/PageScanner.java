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
        }
        HtmlReferences.collect(element, lines, references);
        if (element.hasAttr("style")) {
            addCss(element.attr("style"), lines.of(element, "style"), false);
        }
        if (element.nameIs("style")) {
            for (DataNode css : element.dataNodes()) {
                addCss(css.getWholeData(), lines.of(css), true);
            }
        }
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
        if (!img.hasAttr("alt")) {
            findings.add(Problem.MISSING_ALT.at(file, lines.of(img), img.attr("src"),
                    "<img src=\"" + img.attr("src") + "\"> mangler alt; skriv alt=\"\" hvis billedet kun er pynt"));
        } else if (!img.attr("alt").isEmpty() && img.attr("alt").isBlank()) {
            findings.add(Problem.BLANK_ALT.at(file, lines.of(img, "alt"), img.attr("src"),
                    "alt på <img src=\"" + img.attr("src") + "\"> er kun blanktegn; skriv en tekst, eller alt=\"\" for pynt"));
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
