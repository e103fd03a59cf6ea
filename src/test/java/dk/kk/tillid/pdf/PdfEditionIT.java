package dk.kk.tillid.pdf;

import dk.kk.tillid.pipeline.SitePipeline;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real site's PDF edition, built by the real pipeline, read back as a reader's tools would. */
class PdfEditionIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String REPORT = "rapport/tillidsdagsordenen-i-lederuddannelser";
    private static Path site;
    /** Each PDF of the site (relative path) with the pages it is made of. */
    private static final Map<String, List<String>> PDFS = new TreeMap<>();

    @BeforeAll
    static void build() throws Exception {
        site = Files.createTempDirectory("tillid-pdf-it-").resolve("site");
        new SitePipeline(PROJECT, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(site);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                for (Element link : Jsoup.parse(page.toFile(), "UTF-8").select("p.pdf-download")) {
                    String folder = site.relativize(page.getParent()).toString().replace('\\', '/');
                    PDFS.put((folder.isEmpty() ? "" : folder + "/") + link.attr("data-pdf"),
                            List.of(link.attr("data-pdf-parts").split(" ")));
                }
            }
        }
    }

    @Test
    void theReportEachAnnexAndTheReportWithItsAnnexesHaveAPdfLinkedWithItsSize() throws IOException {
        assertEquals(List.of("bilag/bilag-1-baggrundsmateriale.pdf", "bilag/bilag-2-keynote-programmer.pdf",
                "bilag/bilag-3-opgave-lup-2-fase-4-modul-4.pdf", REPORT + "-med-bilag.pdf", REPORT + ".pdf"),
                new ArrayList<>(PDFS.keySet()));
        assertEquals(4, PDFS.get(REPORT + "-med-bilag.pdf").size());
        for (String pdf : PDFS.keySet()) {
            Path page = site.resolve(PDFS.get(pdf).get(0));
            Element link = Jsoup.parse(page.toFile(), "UTF-8")
                    .selectFirst("p.pdf-download a[href=" + pdf.substring(pdf.lastIndexOf('/') + 1) + "]");
            assertTrue(link != null, page + " links " + pdf);
            long kB = Math.round(Files.size(site.resolve(pdf)) / 1000.0);
            assertTrue(link.text().endsWith("(PDF, " + kB + " kB)"), link.text());
        }
    }

    @Test
    void everyPdfIsPdfUa1ByVeraPdf() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (String pdf : PDFS.keySet()) {
            try (InputStream in = Files.newInputStream(site.resolve(pdf));
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
                ValidationResult result = validator.validate(parser);
                List<String> failed = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                        .distinct().toList();
                assertEquals(List.of(), failed, pdf + ": failed PDF/UA-1 rules");
                assertTrue(result.isCompliant(), pdf);
            }
        }
    }

    @Test
    void thePdfsTagsCountTheHeadingsListItemsTablesAndLinksOfThePages() throws IOException {
        for (Map.Entry<String, List<String>> pdf : PDFS.entrySet()) {
            Map<String, Integer> html = new LinkedHashMap<>(Map.of("headings", 0, "list items", 0, "tables", 0,
                    "links", 0, "table header cells", 0));
            for (String part : pdf.getValue()) {
                Elements document = documentPart(part);
                html.merge("headings", document.select("h1, h2, h3, h4, h5, h6").size(), Integer::sum);
                html.merge("list items", document.select("li").size(), Integer::sum);
                html.merge("tables", document.select("table").size(), Integer::sum);
                html.merge("table header cells", document.select("th").size(), Integer::sum);
                html.merge("links", document.select("a[href]:not(.term)").size(), Integer::sum);
            }
            Map<String, Integer> tagged = new LinkedHashMap<>(Map.of("headings", 0, "list items", 0, "tables", 0,
                    "links", 0, "table header cells", 0));
            try (PDDocument document = Loader.loadPDF(site.resolve(pdf.getKey()).toFile())) {
                count(document.getDocumentCatalog().getStructureTreeRoot(), tagged);
                assertEquals("da", document.getDocumentCatalog().getLanguage(), pdf.getKey());
                assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle(), pdf.getKey());
            }
            assertEquals(html, tagged, pdf.getKey());
        }
        assertTrue(documentPart(REPORT + ".html").select("li").size() > 10, "the report has lists");
        assertTrue(documentPart("bilag/bilag-2-keynote-programmer.html").select("th").size() > 0, "annex 2 has tables");
    }

    @Test
    void theReportsFootnoteIsANoteInThePdf() throws IOException {
        Map<String, Integer> notes = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(site.resolve(REPORT + ".pdf").toFile())) {
            countTypes(document.getDocumentCatalog().getStructureTreeRoot(), notes);
        }
        assertEquals(documentPart(REPORT + ".html").select("#footnotes .footnote").size(), notes.getOrDefault("Note", 0));
        assertEquals(0, notes.getOrDefault("Part", 0));
    }

    @Test
    void bookmarksAreTheHeadings() throws IOException {
        for (Map.Entry<String, List<String>> pdf : PDFS.entrySet()) {
            List<String> headings = new ArrayList<>();
            for (String part : pdf.getValue()) {
                documentPart(part).select("h1, h2, h3, h4, h5, h6").forEach(h -> headings.add(h.text()));
            }
            List<String> bookmarks = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(site.resolve(pdf.getKey()).toFile())) {
                outline(document.getDocumentCatalog().getDocumentOutline(), bookmarks);
            }
            assertEquals(headings, bookmarks, pdf.getKey());
        }
    }

    @Test
    void theReportsPdfTextHasEverySentenceOfTheReport() throws Exception {
        Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8",
                site.resolve(REPORT + ".pdf").toString(), "-").redirectErrorStream(true).start();
        String text = withoutSpace(new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, pdftotext.waitFor());
        Document page = Jsoup.parse(site.resolve(REPORT + ".html").toFile(), "UTF-8");
        List<String> missing = new ArrayList<>();
        int sentences = 0;
        for (Element block : page.select("main > h1, main > .content-body")
                .select("h1, h2, h3, h4, h5, h6, p, th, td, .footnote")) {
            for (String sentence : block.text().split("(?<=[.!?:])\\s+")) {
                sentences++;
                if (!text.contains(withoutSpace(sentence))) {
                    missing.add(sentence);
                }
            }
        }
        assertTrue(sentences > 40, "the report's text was read");
        assertEquals(List.of(), missing, "sentences of the report missing from the PDF's text");
    }

    /** What a page's PDF is made of: the same selection the stage uses, read from the page as published. */
    private static Elements documentPart(String page) throws IOException {
        Document html = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
        return html.select(PrintDocument.DOCUMENT_PARTS);
    }

    /**
     * The page's text and the PDF's compared without white space and hyphens: pdftotext breaks lines where the
     * PDF does, and joins a word's own hyphen at a line's end as if the word had been split there.
     */
    private static String withoutSpace(String text) {
        return text.replaceAll("[\\s\\u00a0-]+", "");
    }

    private static void count(PDStructureNode node, Map<String, Integer> counts) {
        Map<String, Integer> types = new TreeMap<>();
        countTypes(node, types);
        types.forEach((type, n) -> {
            String what = type.matches("H[1-6]") ? "headings" : switch (type) {
                case "LI" -> "list items";
                case "Table" -> "tables";
                case "TH" -> "table header cells";
                case "Link" -> "links";
                default -> null;
            };
            if (what != null) {
                counts.merge(what, n, Integer::sum);
            }
        });
    }

    private static void countTypes(PDStructureNode node, Map<String, Integer> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.merge(element.getStructureType(), 1, Integer::sum);
                countTypes(element, types);
            }
        }
    }

    private static void outline(PDOutlineNode node, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            outline(item, titles);
        }
    }
}
