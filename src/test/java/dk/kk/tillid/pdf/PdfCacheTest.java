package dk.kk.tillid.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
        assertEquals(List.of(), entries());
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
            return files.sorted().toList();
        }
    }
}
