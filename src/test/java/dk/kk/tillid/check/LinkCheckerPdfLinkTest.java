package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report's PDF link is checked alike whether the page was just rendered (the pdf stage's hidden placeholder,
 * its PDF not made yet) or taken filled in from the last site: the next build's summary counts what a clean
 * build's does.
 */
class LinkCheckerPdfLinkTest {

    private static final String PLACEHOLDER = "<p class=\"pdf-download no-index\" data-pdf=\"r.pdf\" "
            + "data-pdf-parts=\"rapport/r.html\" hidden><span class=\"pdf-download__label\">Hent som PDF</span></p>";
    private static final String FILLED = "<p class=\"pdf-download no-index\" data-pdf=\"r.pdf\" "
            + "data-pdf-parts=\"rapport/r.html\"><a href=\"r.pdf\" type=\"application/pdf\">"
            + "<span class=\"pdf-download__label\">Hent som PDF</span> <span class=\"pdf-download__size\">(PDF, 3 kB)</span></a></p>";

    private static CheckReport check(Path root, String pdfParagraph, boolean pdfExists) throws Exception {
        SiteWriter site = new SiteWriter(root);
        site.lines("index.html", "<!DOCTYPE html><title>Forside</title>", "<a href=\"rapport/r.html\">Rapport</a>");
        site.lines("rapport/r.html", "<!DOCTYPE html><title>R</title>", pdfParagraph, "<a href=\"../index.html\">Forside</a>");
        if (pdfExists) {
            site.file("rapport/r.pdf");
        }
        return new LinkChecker(root).run();
    }

    @Test
    void aJustRenderedAndAKeptReportCountTheSameLinks(@TempDir Path root) throws Exception {
        CheckReport rendered = check(root.resolve("rendered"), PLACEHOLDER, false);
        CheckReport kept = check(root.resolve("kept"), FILLED, true);
        assertEquals(0, rendered.errors(), "the pdf stage makes the PDF after the check: " + rendered.findings());
        assertEquals(0, kept.errors(), "" + kept.findings());
        assertEquals(3, kept.referencesChecked(), "two page links and the PDF link");
        assertEquals(kept.referencesChecked(), rendered.referencesChecked(), "the placeholder counts as the link it becomes");
    }

    @Test
    void aFilledInLinkToAMissingPdfIsBroken(@TempDir Path root) throws Exception {
        CheckReport report = check(root, FILLED, false);
        assertEquals(1, report.errors());
        assertTrue(report.findings().stream().anyMatch(f -> f.file().equals("rapport/r.html") && f.line() == 2
                && f.kind().equals("missing-file")), "" + report.findings());
    }

    @Test
    void aPlaceholderWhoseFolderIsMissingIsBroken(@TempDir Path root) throws Exception {
        String elsewhere = PLACEHOLDER.replace("data-pdf=\"r.pdf\"", "data-pdf=\"pdf/r.pdf\"");
        CheckReport report = check(root, elsewhere, false);
        assertEquals(1, report.errors(), "" + report.findings());
    }

    @Test
    void aKeptCheckSeesAPdfGoAndItsPlaceholderFolderGo(@TempDir Path root) throws Exception {
        Path file = root.resolve("link-check.bin");
        Path site = root.resolve("site");
        check(site, FILLED, true);
        ScanCache first = ScanCache.kept(file);
        assertEquals(0, new LinkChecker(site).withScanCache(first).run().errors());

        java.nio.file.Files.delete(site.resolve("rapport/r.pdf"));
        ScanCache second = ScanCache.kept(file);
        CheckReport gone = new LinkChecker(site).withScanCache(second).run();
        assertEquals(0, second.parsedInLastCheck(), "no page changed");
        assertEquals(new LinkChecker(site).run().findings(), gone.findings());
        assertEquals(1, gone.errors(), "the unchanged page's link to its PDF is broken now");

        Path other = root.resolve("other");
        check(other, PLACEHOLDER.replace("data-pdf=\"r.pdf\"", "data-pdf=\"pdf/r.pdf\""), false);
        new SiteWriter(other).directory("rapport/pdf");
        Path otherFile = root.resolve("other.bin");
        assertEquals(0, new LinkChecker(other).withScanCache(ScanCache.kept(otherFile)).run().errors());
        java.nio.file.Files.delete(other.resolve("rapport/pdf"));
        CheckReport folderGone = new LinkChecker(other).withScanCache(ScanCache.kept(otherFile)).run();
        assertEquals(new LinkChecker(other).run().findings(), folderGone.findings());
        assertEquals(1, folderGone.errors(), "the placeholder's folder is gone");
    }
}
