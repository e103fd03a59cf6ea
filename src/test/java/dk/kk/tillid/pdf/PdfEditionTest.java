package dk.kk.tillid.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfEditionTest {

    @Test
    void sizesAreShownAsADanishReaderExpects() {
        assertEquals("PDF, 312 kB", PdfEdition.size(312_400));
        assertEquals("PDF, 1 kB", PdfEdition.size(20));
        assertEquals("PDF, 1,3 MB", PdfEdition.size(1_260_000));
    }

    @Test
    void aPlaceholderBecomesALinkOnceThePdfExistsAndStaysOneOnTheNextRun(@TempDir Path site) throws Exception {
        String placeholder = "<p class=\"pdf-download no-index\" data-pdf=\"a.pdf\" data-pdf-parts=\"r/a.html\" hidden>"
                + "<span class=\"pdf-download__label\">Hent som PDF</span></p>";
        Path page = site.resolve("r/a.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html lang=\"da\"><head><title>A</title></head><body><main>"
                + "<h1>Rapport om æ, ø og å</h1>" + placeholder
                + "<div class=\"content-body\"><h2 id=\"x\">Afsnit</h2><p>Tekst med <a href=\"../b.html\">et link</a>.</p>"
                + "<ul><li><p>Et punkt</p></li></ul></div></main></body></html>");

        PdfEdition edition = new PdfEdition();
        PdfEdition.Report first = edition.run(site);
        byte[] pdf = Files.readAllBytes(site.resolve("r/a.pdf"));
        String linked = Files.readString(page);
        assertFalse(linked.contains(" hidden>"), linked);
        assertTrue(linked.contains("<a href=\"a.pdf\" type=\"application/pdf\"><span class=\"pdf-download__label\">"
                + "Hent som PDF</span> <span class=\"pdf-download__size\">(" + PdfEdition.size(pdf.length) + ")</span></a>"),
                linked);
        assertEquals(1, first.laidOut());

        PdfEdition.Report again = edition.run(site);
        assertEquals(0, again.laidOut(), "unchanged pages are not laid out again");
        assertEquals(linked, Files.readString(page));
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("r/a.pdf")));

        new PdfEdition().run(site);
        assertArrayEquals(pdf, Files.readAllBytes(site.resolve("r/a.pdf")), "the same pages give the same bytes");
    }
}
