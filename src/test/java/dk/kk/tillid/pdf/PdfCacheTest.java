package dk.kk.tillid.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each {@code new PdfEdition()} stands for a new build process: only the cache folder carries over. */
class PdfCacheTest {
    @TempDir
    Path site;
    @TempDir
    Path cache;

    @Test
    void anUnchangedSiteIsLaidOutOnceAndGivesTheSameBytesAsAFreshLayout() throws Exception {
        page("Første udgave");
        assertEquals(1, new PdfEdition().withCache(cache).run(site).laidOut());
        byte[] first = pdf();

        page("Første udgave");
        assertEquals(0, new PdfEdition().withCache(cache).run(site).laidOut(), "the next build copies the kept PDF");
        assertArrayEquals(first, pdf());

        page("Første udgave");
        assertEquals(1, new PdfEdition().run(site).laidOut());
        assertArrayEquals(first, pdf(), "a kept PDF is byte for byte what a fresh layout gives");
    }

    @Test
    void aChangedPageIsLaidOutAgain() throws Exception {
        page("Første udgave");
        new PdfEdition().withCache(cache).run(site);
        byte[] before = pdf();

        page("Anden udgave");
        assertEquals(1, new PdfEdition().withCache(cache).run(site).laidOut());
        assertFalse(Arrays.equals(before, pdf()), "the PDF shows the changed page");
        assertEquals(1, entries().size(), "the old page's entry is removed");
    }

    @Test
    void aDamagedEntryIsIgnoredAndLaidOutAgain() throws Exception {
        page("Første udgave");
        new PdfEdition().withCache(cache).run(site);
        byte[] fresh = pdf();

        Path entry = entries().get(0);
        byte[] kept = Files.readAllBytes(entry);
        byte[] altered = kept.clone();
        altered[altered.length / 2] ^= 1;
        for (byte[] damaged : List.of(Arrays.copyOf(kept, kept.length / 2), altered, new byte[0])) {
            Files.write(entry, damaged);
            page("Første udgave");
            assertEquals(1, new PdfEdition().withCache(cache).run(site).laidOut(), "a damaged entry is never used");
            assertArrayEquals(fresh, pdf());
            assertArrayEquals(kept, Files.readAllBytes(entry), "and is written again whole");
        }
    }

    @Test
    void withoutTheCacheNothingIsKept() throws Exception {
        page("Første udgave");
        new PdfEdition().withCache(null).run(site);
        new PdfEdition().withCache(null).run(site);
        assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "no entry and no record");
    }

    /** Pages that ask for no PDF, written long before the build, as the last build left them. */
    private void otherPages(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path other = site.resolve("s/p" + i + ".html");
            Files.createDirectories(other.getParent());
            Files.writeString(other, "<!DOCTYPE html><html lang=\"da\"><head><title>P</title></head><body><main>"
                    + "<h1>Side " + i + "</h1></main></body></html>");
            settle(other);
        }
    }

    private static void settle(Path file) throws IOException {
        // A fixed day long past, not the clock's: the file counts as settled, not just written.
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2013-02-13T12:00:00Z")));
    }

    @Test
    void theNextRunReadsOnlyPagesThatAskAndMakesNoPrintDocumentForUnchangedPages() throws Exception {
        page("Første udgave");
        otherPages(5);
        PdfEdition.Report first = new PdfEdition().withCache(cache).run(site);
        assertEquals(6, first.pagesRead());
        assertEquals(1, first.documentsMade());
        byte[] pdf = pdf();
        byte[] page = Files.readAllBytes(site.resolve("r/a.html"));

        PdfEdition.Report second = new PdfEdition().withCache(cache).run(site);
        assertEquals(1, second.pagesRead(), "the other pages' files are the same, and asked for nothing");
        assertEquals(0, second.documentsMade(), "the filled-in page is what the last run wrote");
        assertEquals(0, second.laidOut());
        assertArrayEquals(pdf, pdf());
        assertArrayEquals(page, Files.readAllBytes(site.resolve("r/a.html")));

        page("Første udgave");
        PdfEdition.Report rendered = new PdfEdition().withCache(cache).run(site);
        assertEquals(0, rendered.documentsMade(), "the page rendered again with its placeholder, its text the same");
        assertArrayEquals(page, Files.readAllBytes(site.resolve("r/a.html")));

        page("Anden udgave");
        PdfEdition.Report changed = new PdfEdition().withCache(cache).run(site);
        assertEquals(1, changed.documentsMade());
        assertEquals(1, changed.laidOut());
        byte[] changedPdf = pdf();
        page("Anden udgave");
        new PdfEdition().run(site);
        assertArrayEquals(pdf(), changedPdf, "what a run without the cache makes");
    }

    @Test
    void aPageThatStartsToAskForAPdfIsRead() throws Exception {
        page("Første udgave");
        otherPages(2);
        new PdfEdition().withCache(cache).run(site);
        Path other = site.resolve("s/p1.html");
        Files.writeString(other, "<!DOCTYPE html><html lang=\"da\"><head><title>P</title></head><body><main>"
                + "<h1>Bilag</h1><p class=\"pdf-download no-index\" data-pdf=\"p1.pdf\" data-pdf-parts=\"s/p1.html\" hidden>"
                + "<span class=\"pdf-download__label\">Hent som PDF</span></p>"
                + "<div class=\"content-body\"><p>Tekst</p></div></main></body></html>");
        settle(other);
        PdfEdition.Report next = new PdfEdition().withCache(cache).run(site);
        assertEquals(2, next.pdfs().size(), "its new stamp makes it read: " + next.pdfs());
        assertTrue(Files.isRegularFile(site.resolve("s/p1.pdf")));
    }

    @Test
    void aDamagedRecordIsIgnored() throws Exception {
        page("Første udgave");
        otherPages(3);
        new PdfEdition().withCache(cache).run(site);
        Path record = cache.resolve(PdfRecord.FILE);
        byte[] whole = Files.readAllBytes(record);
        for (byte[] damaged : List.of(Arrays.copyOf(whole, whole.length - 1), new byte[] {1, 2, 3})) {
            Files.write(record, damaged);
            PdfEdition.Report next = new PdfEdition().withCache(cache).run(site);
            assertEquals(4, next.pagesRead(), "every page read again");
            assertEquals(1, next.documentsMade());
            assertEquals(0, next.laidOut(), "the PDF itself is still kept");
        }
    }

    /** A page asking for its PDF, as the templates bake it (the placeholder is filled in by each run). */
    private void page(String text) throws IOException {
        Path page = site.resolve("r/a.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html lang=\"da\"><head><title>A</title></head><body><main>"
                + "<h1>Rapport om æ, ø og å</h1>"
                + "<p class=\"pdf-download no-index\" data-pdf=\"a.pdf\" data-pdf-parts=\"r/a.html\" hidden>"
                + "<span class=\"pdf-download__label\">Hent som PDF</span></p>"
                + "<div class=\"content-body\"><h2 id=\"x\">Afsnit</h2><p>" + text + "</p></div></main></body></html>");
    }

    private byte[] pdf() throws IOException {
        return Files.readAllBytes(site.resolve("r/a.pdf"));
    }

    private List<Path> entries() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file -> !file.getFileName().toString().equals(PdfRecord.FILE)).sorted().toList();
        }
    }
}
