package dk.kk.tillid.pdf;

import dk.kk.tillid.cache.ToolFingerprint;
import dk.kk.tillid.files.FileWalk;

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
import java.util.HashMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

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
    private volatile Path recordFile;
    /** What the last run in this process saw; null before the first, which reads the kept record. */
    private volatile PdfRecord record;

    /** What a run wrote: the PDFs (site-relative path to size in bytes) and how many were laid out anew. */
    public record Report(Map<String, Long> pdfs, int laidOut, int pagesRead, int documentsMade) {
        public Report(Map<String, Long> pdfs, int laidOut) {
            this(pdfs, laidOut, 0, 0);
        }
    }

    /** Where PDFs are kept between builds, or null to keep none and reuse none. */
    public PdfEdition withCache(Path folder) {
        this.cache = folder == null ? null : new PdfCache(folder);
        this.recordFile = folder == null ? null : folder.resolve(PdfRecord.FILE);
        return this;
    }

    /** Makes every PDF the site's pages ask for, and links them from those pages. */
    public Report run(Path siteDir) throws IOException {
        return prepare(siteDir).write();
    }

    /**
     * Lays out every PDF the site's pages ask for, reading the site only, so that it can run beside the link
     * check and the index; {@link Prepared#write} then writes the PDFs and links them. Reads only the pages that
     * changed or ask for a PDF, and makes a print document only for a PDF whose pages changed ({@link PdfRecord}).
     */
    public Prepared prepare(Path siteDir) throws IOException {
        PdfCache kept = cache;
        Path keptRecord = recordFile;
        // Within one process the code cannot change, so the preview's runs skip hashing the class path.
        String tool = kept == null ? "" : ToolFingerprint.current();
        PdfRecord last = record;
        if (last == null) {
            last = keptRecord == null ? PdfRecord.NONE : PdfRecord.read(keptRecord, tool);
        }
        Map<String, List<String>> editions = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, PdfRecord.Page> seen = new HashMap<>();
        int read = 0;
        for (Map.Entry<String, String> file : pages(siteDir).entrySet()) {
            String uri = file.getKey();
            if (last.asksNothing(uri, file.getValue())) {
                seen.put(uri, last.pages().get(uri));
                continue;
            }
            String html = Files.readString(siteDir.resolve(uri), StandardCharsets.UTF_8);
            read++;
            boolean asks = html.contains("class=\"pdf-download");
            seen.put(uri, new PdfRecord.Page(file.getValue(), asks));
            if (!asks) {
                continue;
            }
            pages.put(uri, html);
            Matcher placeholder = PLACEHOLDER.matcher(html);
            while (placeholder.find()) {
                editions.put(sibling(uri, placeholder.group(1)), Arrays.asList(placeholder.group(2).split(" ")));
            }
        }

        Map<String, byte[]> parts = new HashMap<>();
        for (List<String> edition : editions.values()) {
            for (String part : edition) {
                if (!parts.containsKey(part)) {
                    String html = pages.get(part);
                    parts.put(part, html != null ? html.getBytes(StandardCharsets.UTF_8) : readPart(siteDir, part));
                }
            }
        }
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        Map<String, byte[]> used = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, String> inputs = new HashMap<>();
        int laidOut = 0;
        int documents = 0;
        for (Map.Entry<String, List<String>> edition : editions.entrySet()) {
            String input = PdfRecord.inputs(tool, edition.getKey(), edition.getValue(), parts);
            String key = last.editions().get(input);
            byte[] pdf = key == null ? null : made.get(key);
            if (pdf == null && key != null && kept != null) {
                pdf = kept.get(key).orElse(null);
            }
            if (pdf == null) {
                PrintDocument document = PrintDocument.of(siteDir, edition.getKey(), edition.getValue());
                documents++;
                key = PdfCache.key(document, tool);
                pdf = made.get(key);
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
            }
            inputs.put(input, key);
            keys.put(edition.getKey(), key);
            used.put(key, pdf);
            pdfs.put(edition.getKey(), pdf);
        }
        made.clear();
        made.putAll(used);
        if (kept != null) {
            kept.keepOnly(used.keySet());
        }
        PdfRecord known = last;
        Prepared prepared = new Prepared(siteDir, pages, pdfs, laidOut);
        prepared.read = read;
        prepared.documents = documents;
        prepared.after = written -> {
            // The pages as written now are what the next run reads: it finds the same inputs under those bytes too.
            Map<String, byte[]> now = new HashMap<>(parts);
            written.forEach((uri, html) -> {
                if (now.containsKey(uri)) {
                    now.put(uri, html);
                }
            });
            Map<String, String> next = new HashMap<>(inputs);
            editions.forEach((pdf, itsParts) -> {
                // Hashed again only when a page of it was written other than it was read (its link filled in).
                if (itsParts.stream().anyMatch(part -> now.get(part) != parts.get(part) && !Arrays.equals(now.get(part), parts.get(part)))) {
                    next.put(PdfRecord.inputs(tool, pdf, itsParts, now), keys.get(pdf));
                }
            });
            // A page just rendered has its placeholder, one taken from the last site its link: both forms are kept,
            // a few for each PDF still made (an input's hash names what it gave for good; only the room is limited).
            Map<String, Integer> perKey = new HashMap<>();
            next.values().forEach(key -> perKey.merge(key, 1, Integer::sum));
            new TreeMap<>(known.editions()).forEach((input, key) -> {
                if (perKey.containsKey(key) && perKey.get(key) < 4 && next.putIfAbsent(input, key) == null) {
                    perKey.merge(key, 1, Integer::sum);
                }
            });
            PdfRecord current = new PdfRecord(seen, next);
            record = current;
            if (keptRecord != null && !current.equals(known)) {
                current.write(keptRecord, tool);
            }
        };
        return prepared;
    }

    private static byte[] readPart(Path siteDir, String part) throws IOException {
        try {
            return Files.readAllBytes(siteDir.resolve(part));
        } catch (IOException e) {
            // PrintDocument names the missing part in its message.
            return new byte[0];
        }
    }

    /** PDFs laid out, not yet in the site. */
    public static final class Prepared {
        private final Path siteDir;
        private final Map<String, String> pages;
        private final Map<String, byte[]> pdfs;
        private final int laidOut;
        private int read;
        private int documents;
        private java.util.function.Consumer<Map<String, byte[]>> after = written -> { };

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
            Map<String, byte[]> written = new HashMap<>();
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
                byte[] bytes = patched.toString().getBytes(StandardCharsets.UTF_8);
                writeIfChanged(siteDir.resolve(uri), bytes);
                written.put(uri, bytes);
            }
            after.accept(written);
            return new Report(sizes, laidOut, read, documents);
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

    /**
     * Every page of the site, in order, with its stamp: size, modification time and file key, as the link check
     * keeps them; none for a page written in the last 2 s, as an edit in place within the file system's time
     * granularity would leave its stamp the same.
     */
    private static Map<String, String> pages(Path siteDir) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        long settled = System.currentTimeMillis() - 2_000;
        FileWalk.files(siteDir, (uri, file, attributes) -> {
            if (!uri.endsWith(".html") || !attributes.isRegularFile()) {
                return;
            }
            // A link's stamp is its target's, which another site may change: its page is hashed instead.
            boolean trusted = attributes.fileKey() != null && attributes.lastModifiedTime().toMillis() < settled
                    && !Files.isSymbolicLink(file);
            pages.put(uri, trusted ? attributes.size() + " "
                    + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + attributes.fileKey() : null);
        });
        return pages;
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
