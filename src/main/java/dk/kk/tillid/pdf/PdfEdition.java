package dk.kk.tillid.pdf;

import dk.kk.tillid.cache.ToolFingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pdf stage. Pages that want a PDF carry a placeholder from the templates ({@code templates/lib/pdf.ftl}):
 * <pre>{@code <p class="pdf-download no-index" data-pdf="x.pdf" data-pdf-parts="rapport/x.html bilag/y.html" hidden>…}</pre>
 * For each, the stage lays out the named pages as one PDF beside the page, then turns the placeholder into a
 * link with the file's size. The PDF is made from the baked pages, so the bake itself never waits for it.
 */
public final class PdfEdition {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "<p class=\"pdf-download[^\"]*\" data-pdf=\"([^\"]+)\" data-pdf-parts=\"([^\"]+)\"[^>]*>.*?"
                    + "<span class=\"pdf-download__label\">(.*?)</span>.*?</p>", Pattern.DOTALL);

    /** PDFs already made in this JVM, by what they were made from: the preview lays out only what changed. */
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    /** PDFs kept by earlier processes; null when builds may not reuse them ({@code build --no-cache}). */
    private volatile PdfCache cache;

    /** What a run wrote: the PDFs (site-relative path to size in bytes) and how many were laid out anew. */
    public record Report(Map<String, Long> pdfs, int laidOut) {
    }

    /** Where PDFs are kept between builds, or null to keep none and reuse none. */
    public PdfEdition withCache(Path folder) {
        this.cache = folder == null ? null : new PdfCache(folder);
        return this;
    }

    /** Makes every PDF the site's pages ask for, and links them from those pages. */
    public Report run(Path siteDir) throws IOException {
        return prepare(siteDir).write();
    }

    /**
     * Lays out every PDF the site's pages ask for, reading the site only, so that it can run beside the link
     * check and the index; {@link Prepared#write} then writes the PDFs and links them.
     */
    public Prepared prepare(Path siteDir) throws IOException {
        Map<String, List<String>> editions = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        for (Path file : pages(siteDir)) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            if (!html.contains("class=\"pdf-download")) {
                continue;
            }
            String uri = siteDir.relativize(file).toString().replace('\\', '/');
            pages.put(uri, html);
            Matcher placeholder = PLACEHOLDER.matcher(html);
            while (placeholder.find()) {
                editions.put(sibling(uri, placeholder.group(1)), Arrays.asList(placeholder.group(2).split(" ")));
            }
        }

        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        Map<String, byte[]> used = new LinkedHashMap<>();
        int laidOut = 0;
        PdfCache kept = cache;
        for (Map.Entry<String, List<String>> edition : editions.entrySet()) {
            PrintDocument document = PrintDocument.of(siteDir, edition.getKey(), edition.getValue());
            // Within one process the code cannot change, so the preview's runs skip hashing the class path.
            String key = PdfCache.key(document, kept == null ? "" : ToolFingerprint.current());
            byte[] pdf = made.get(key);
            if (pdf == null && kept != null) {
                pdf = kept.get(key).orElse(null);
            }
            if (pdf == null) {
                try {
                    pdf = TaggedPdf.render(document);
                } catch (IOException | RuntimeException e) {
                    throw new IOException("PDF-udgaven " + edition.getKey() + " kunne ikke laves af "
                            + String.join(", ", edition.getValue()) + ".", e);
                }
                laidOut++;
                if (kept != null) {
                    try {
                        kept.put(key, pdf);
                    } catch (IOException e) {
                        // An entry that cannot be written costs the next build a layout, never this build.
                    }
                }
            }
            used.put(key, pdf);
            pdfs.put(edition.getKey(), pdf);
        }
        made.clear();
        made.putAll(used);
        if (kept != null) {
            kept.keepOnly(used.keySet());
        }
        return new Prepared(siteDir, pages, pdfs, laidOut);
    }

    /** PDFs laid out, not yet in the site. */
    public static final class Prepared {
        private final Path siteDir;
        private final Map<String, String> pages;
        private final Map<String, byte[]> pdfs;
        private final int laidOut;

        private Prepared(Path siteDir, Map<String, String> pages, Map<String, byte[]> pdfs, int laidOut) {
            this.siteDir = siteDir;
            this.pages = pages;
            this.pdfs = pdfs;
            this.laidOut = laidOut;
        }

        /** Writes the PDFs, then turns each page's placeholder into a link with the PDF's size. */
        public Report write() throws IOException {
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
                writeIfChanged(siteDir.resolve(pdf.getKey()), pdf.getValue());
                sizes.put(pdf.getKey(), (long) pdf.getValue().length);
            }
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String uri = page.getKey();
                Matcher placeholder = PLACEHOLDER.matcher(page.getValue());
                StringBuilder patched = new StringBuilder();
                while (placeholder.find()) {
                    long size = sizes.get(sibling(uri, placeholder.group(1)));
                    placeholder.appendReplacement(patched, Matcher.quoteReplacement(link(
                            placeholder.group(1), placeholder.group(2), placeholder.group(3), size)));
                }
                placeholder.appendTail(patched);
                writeIfChanged(siteDir.resolve(uri), patched.toString().getBytes(StandardCharsets.UTF_8));
            }
            return new Report(sizes, laidOut);
        }
    }

    /** The filled-in placeholder; it keeps its data, so that a page taken over by the preview is filled again. */
    static String link(String pdf, String parts, String label, long size) {
        return "<p class=\"pdf-download no-index\" data-pdf=\"" + pdf + "\" data-pdf-parts=\"" + parts + "\">"
                + "<a href=\"" + pdf + "\" type=\"application/pdf\"><span class=\"pdf-download__label\">" + label
                + "</span> <span class=\"pdf-download__size\">(" + size(size) + ")</span></a></p>";
    }

    /** "PDF, 312 kB": Danish decimal comma, kB and MB of 1000, as file managers show them. */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return "PDF, " + Math.max(1, Math.round(bytes / 1000.0)) + " kB";
        }
        return "PDF, " + String.format(Locale.forLanguageTag("da"), "%.1f", bytes / 1_000_000.0) + " MB";
    }

    private static String sibling(String pageUri, String name) {
        int slash = pageUri.lastIndexOf('/');
        return slash < 0 ? name : pageUri.substring(0, slash + 1) + name;
    }

    private static List<Path> pages(Path siteDir) throws IOException {
        try (Stream<Path> files = Files.walk(siteDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /**
     * Replaces a file whole, never in place: the preview may be serving it, and its unchanged pages may be
     * links to the files of the site it serves.
     */
    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
