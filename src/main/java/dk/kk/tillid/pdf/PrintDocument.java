package dk.kk.tillid.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTML a PDF is laid out from: the document part of one or more baked pages (title, letterhead, table of
 * contents and text; none of the site's navigation), one source of truth with the pages themselves.
 */
public final class PrintDocument {
    /** The parts of a page that belong to the document; everything else in {@code <main>} is the site's. */
    static final String DOCUMENT_PARTS = "main > h1, main > dl.metadata, main > nav.toc, main > .content-body";
    private static final String STYLESHEET = stylesheet();
    private static final URI SITE = URI.create("https://site.invalid/");

    private final Document html;
    private final String title;
    private final Optional<LocalDate> created;
    private final Optional<LocalDate> modified;

    private PrintDocument(Document html, String title, Optional<LocalDate> created, Optional<LocalDate> modified) {
        this.html = html;
        this.title = title;
        this.created = created;
        this.modified = modified;
    }

    /**
     * @param siteDir  the baked site
     * @param pdfUri   where the PDF goes, relative to the site root
     * @param pageUris the pages in it, relative to the site root; the first one gives the title
     */
    public static PrintDocument of(Path siteDir, String pdfUri, List<String> pageUris) throws IOException {
        Document out = Document.createShell("");
        out.outputSettings().prettyPrint(false);
        Element root = out.selectFirst("html");
        root.attr("lang", "da");
        Element head = out.head();
        head.appendElement("meta").attr("charset", "utf-8");
        Element body = out.body();
        Element bookmarks = head.appendElement("bookmarks");

        Map<String, String> partAnchors = new LinkedHashMap<>();
        for (String uri : pageUris) {
            partAnchors.put(uri, idPrefix(pageUris, uri) + "dokument");
        }
        String title = null;
        Optional<LocalDate> created = Optional.empty();
        Optional<LocalDate> modified = Optional.empty();
        for (String uri : pageUris) {
            Document page = Jsoup.parse(siteDir.resolve(uri).toFile(), "UTF-8");
            Element main = page.selectFirst("main");
            if (main == null) {
                throw new IOException(uri + " har ikke noget <main>");
            }
            Element h1 = main.selectFirst("> h1");
            String partTitle = h1 == null ? page.title() : h1.text();
            if (title == null) {
                title = partTitle;
                created = date(main.selectFirst("> dl.metadata time[datetime]"));
            }
            Optional<LocalDate> updated = date(main.selectFirst(".last-updated time[datetime]"));
            if (updated.isPresent() && (modified.isEmpty() || updated.get().isAfter(modified.get()))) {
                modified = updated;
            }

            Element part = body.appendElement("div").addClass(uri.equals(pageUris.get(0)) ? "first" : "part");
            Elements kept = main.select(DOCUMENT_PARTS);
            Element opening = part;
            if (!kept.select("dl.metadata").isEmpty()) {
                opening = part.appendElement("div").addClass("title-page");
            }
            for (Element element : kept) {
                Element copy = element.clone();
                if (copy.is("nav.toc")) {
                    part.appendElement("div").addClass(opening == part ? "toc" : "toc-page").appendChild(copy);
                } else if (copy.is("h1, dl.metadata")) {
                    opening.appendChild(copy);
                } else {
                    part.appendChild(copy);
                }
            }
            String prefix = idPrefix(pageUris, uri);
            for (Element withId : part.select("[id]")) {
                withId.id(prefix + withId.id());
            }
            Element partH1 = part.selectFirst("h1");
            if (partH1 != null) {
                partH1.id(partAnchors.get(uri));
            }
            // The page number goes beside the entry, not inside its link: a generated box inside a link
            // becomes a second Link element in openhtmltopdf's tagging.
            for (Element entry : part.select("nav.toc a[href^=#]")) {
                entry.after(new Element("span").addClass("toc-page-number").attr("href", entry.attr("href")));
            }
            // A glossary link would lead out of the document; the abbreviation's expansion stays with its
            // <abbr>, which the PDF tags with /E.
            part.select("a.term").unwrap();
            for (Element link : part.select("a[href]")) {
                link.attr("href", rewrite(link.attr("href"), uri, pdfUri, pageUris, partAnchors));
                // openhtmltopdf takes a link's alternate description (PDF/UA) from its title.
                String alternate = !link.attr("aria-label").isBlank() ? link.attr("aria-label")
                        : !link.text().isBlank() ? link.text() : link.attr("title");
                link.attr("title", alternate);
            }
            // Footnotes become PDF Note elements: openhtmltopdf has no tag for them, so each is laid out as
            // the (otherwise unused) element <part>, whose structure element TaggedPdf retags as Note.
            for (Element note : part.select("#" + prefix + "footnotes > div.footnote")) {
                note.tagName("part");
            }
        }
        head.prependElement("title").text(title);
        body.prependElement("div").addClass("running-head").text(title);
        Element style = head.appendElement("style");
        style.appendChild(new org.jsoup.nodes.DataNode(STYLESHEET));
        addBookmarks(body, bookmarks);
        return new PrintDocument(out, title, created, modified);
    }

    /** Ids of the first page stay as on the site; later pages' ids get their file name in front. */
    private static String idPrefix(List<String> pageUris, String uri) {
        if (uri.equals(pageUris.get(0))) {
            return "";
        }
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".html".length()) + "--";
    }

    /** Links within the document stay within it; other site pages are linked relative to where the PDF is. */
    private static String rewrite(String href, String pageUri, String pdfUri, List<String> pageUris,
                                  Map<String, String> partAnchors) {
        URI resolved;
        try {
            resolved = SITE.resolve(pageUri).resolve(href);
        } catch (IllegalArgumentException e) {
            return href;
        }
        if (resolved.isOpaque() || !SITE.getHost().equals(resolved.getHost())) {
            return href;
        }
        String path = resolved.getPath().substring(1);
        String fragment = resolved.getRawFragment();
        if (partAnchors.containsKey(path)) {
            return "#" + (fragment == null || fragment.isEmpty() ? partAnchors.get(path)
                    : idPrefix(pageUris, path) + fragment);
        }
        URI folder = SITE.resolve(pdfUri).resolve(".");
        String relative = relativize(folder.getPath(), resolved.getRawPath());
        return relative + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())
                + (fragment == null ? "" : "#" + fragment);
    }

    /** A path relative from a folder, with ".." where needed ({@link URI#relativize} only goes down). */
    private static String relativize(String fromFolder, String to) {
        String[] from = fromFolder.substring(1).split("/", -1);
        String[] target = to.substring(1).split("/", -1);
        int common = 0;
        while (common < from.length - 1 && common < target.length - 1 && from[common].equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < target.length; i++) {
            out.append(target[i]).append(i < target.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    /** One bookmark per heading, nested by level, so that the outline is the document's headings. */
    private static void addBookmarks(Element body, Element bookmarks) {
        List<Element> open = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                levels.remove(levels.size() - 1);
                open.remove(open.size() - 1);
            }
            Element parent = open.isEmpty() ? bookmarks : open.get(open.size() - 1);
            if (heading.id().isEmpty()) {
                heading.id("overskrift-" + body.select("h1, h2, h3, h4, h5, h6").indexOf(heading));
            }
            Element bookmark = parent.appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            open.add(bookmark);
            levels.add(level);
        }
    }

    private static Optional<LocalDate> date(Element time) {
        if (time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(time.attr("datetime")));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String stylesheet() {
        try (InputStream in = PrintDocument.class.getResourceAsStream("print.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HTML as laid out, also what tests count headings, list items, tables and links in. */
    public Document html() {
        return html;
    }

    public String title() {
        return title;
    }

    /** The date of the letterhead, if the first page has one. */
    public Optional<LocalDate> created() {
        return created;
    }

    /** The latest "Senest opdateret" of the pages, if any. */
    public Optional<LocalDate> modified() {
        return modified;
    }

    /** Everything the PDF is made from; equal text gives an equal PDF. */
    public String source() {
        return html.outerHtml();
    }
}
