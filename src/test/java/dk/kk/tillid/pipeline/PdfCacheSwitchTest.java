package dk.kk.tillid.pipeline;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.bake.BakeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The pipeline keeps laid-out PDFs for the next build unless the build cache is off ({@code --no-cache}). */
class PdfCacheSwitchTest {
    @TempDir
    Path dir;

    @Test
    void thePdfIsKeptWithTheCacheAndNothingIsWrittenWithout() throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path kept = project.resolve(SitePipeline.PDF_CACHE);

        pipeline(project).withPdfCache(false).run(project.resolve("target/site"));
        assertFalse(Files.exists(kept), "--no-cache writes no PDF entry");

        pipeline(project).run(project.resolve("target/site"));
        assertEquals(1, pdfEntries(kept), "a build keeps its PDF for the next one");
    }

    /** A bake that writes one page asking for its PDF, as the templates would. */
    private static SitePipeline pipeline(Path project) {
        PrintStream log = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new SitePipeline(project, log, site -> {
            Path page = site.resolve("a.html");
            Files.createDirectories(site);
            Files.writeString(page, "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>A</title>"
                    + "</head><body><main><h1>Rapport</h1>"
                    + "<p class=\"pdf-download no-index\" data-pdf=\"a.pdf\" data-pdf-parts=\"a.html\" hidden>"
                    + "<span class=\"pdf-download__label\">Hent som PDF</span></p>"
                    + "<div class=\"content-body\"><p>Tekst.</p></div></main></body></html>");
            return new BakeResult(site, project.resolve("content"), Map.of("a.html", project.resolve("content/a.adoc")),
                    List.of(), 1, 1, Map.of(), Map.of());
        });
    }

    /** The kept PDFs, not the record of which pages they were made from. */
    private static long pdfEntries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().equals("pages.bin")).count();
        }
    }
}
