package dk.kk.tillid.pipeline;

import dk.kk.tillid.bake.BakeFailedException;
import dk.kk.tillid.bake.BakeResult;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.check.CheckReport;
import dk.kk.tillid.project.PublicAddress;
import dk.kk.tillid.check.LinkChecker;
import dk.kk.tillid.check.ScanCache;
import dk.kk.tillid.index.IndexReport;
import dk.kk.tillid.index.SearchIndexer;
import dk.kk.tillid.pdf.PdfEdition;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.project.Project;
import dk.kk.tillid.source.IncludeResolver;
import dk.kk.tillid.source.SourceMap;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** bake → check → index into one folder; every command that makes a site goes through here. */
public final class SitePipeline {
    /** Beside the conversions of the build cache, so that CI keeps both and {@code mvn clean} removes both. */
    static final String LINK_CHECK_CACHE = dk.kk.tillid.cache.ConversionCache.FOLDER + "/link-check.bin";
    private final Path projectRoot;
    private final PrintStream log;
    private final Baker baker;
    /**
     * The link check parses only the pages that changed since the last check, in this process (the preview's
     * next save) or an earlier one (the next build), unless the build cache is off.
     */
    private final ScanCache scanned;
    /** ...and lays out again only the PDFs whose pages changed. */
    private final PdfEdition pdfs = new PdfEdition();
    /** Where the index keeps what it read from each page between builds; null when builds may not reuse it. */
    private Path indexCache;
    /** The site in place, whose index files a run into a new folder links where they are unchanged; null: none. */
    private Path siteInPlace;

    /** The bake stage as a step of the pipeline: a one-off {@link SiteBaker}, or a preview's {@code BakeSession}. */
    @FunctionalInterface
    public interface Baker {
        BakeResult bake(Path siteDir) throws BakeFailedException, IOException;
    }

    public SitePipeline(Path projectRoot, PrintStream log) {
        this(projectRoot, log, new SiteBaker(projectRoot)::bake);
    }

    public SitePipeline(Path projectRoot, PrintStream log, Baker baker) {
        this(projectRoot, log, baker, true);
    }

    /** @param cached whether to keep and reuse work of earlier processes under target/ ({@code --no-cache}: not) */
    public SitePipeline(Path projectRoot, PrintStream log, Baker baker, boolean cached) {
        this.projectRoot = projectRoot;
        this.log = log;
        this.baker = baker;
        this.scanned = cached ? ScanCache.kept(projectRoot.resolve(LINK_CHECK_CACHE)) : new ScanCache();
        this.indexCache = projectRoot.resolve(INDEX_CACHE);
        this.pdfs.withCache(projectRoot.resolve(PDF_CACHE));
    }

    /** Under target/, so mvn clean removes it and CI can keep it between jobs. */
    public static final String INDEX_CACHE = dk.kk.tillid.cache.ConversionCache.FOLDER + "/search";

    /** Under target/ beside the others: laid-out PDFs by the hash of what they were laid out from. */
    public static final String PDF_CACHE = dk.kk.tillid.cache.ConversionCache.FOLDER + "/pdf";

    /**
     * The preview's: the link check's cache file (every page's parse) is written by {@link #keepCheckCache}, once
     * the site is shown, rather than by each check before it.
     */
    public SitePipeline keepingCheckCacheLater() {
        scanned.writeLater();
        return this;
    }

    /** Writes the link check's cache file if a check since the last write changed it; see {@link #keepingCheckCacheLater}. */
    public void keepCheckCache() {
        scanned.flush();
    }

    /** Whether the PDF stage may reuse PDFs an earlier build laid out ({@code build --no-cache}: not). */
    public SitePipeline withPdfCache(boolean on) {
        pdfs.withCache(on ? projectRoot.resolve(PDF_CACHE) : null);
        return this;
    }

    /** Whether the index may reuse what an earlier build read from unchanged pages ({@code build --no-cache}: not). */
    public SitePipeline withIndexCache(boolean on) {
        this.indexCache = on ? projectRoot.resolve(INDEX_CACHE) : null;
        return this;
    }

    /** The site {@link #run} is to replace, so that the index links what it has unchanged instead of writing it. */
    public SitePipeline replacing(Path site) {
        this.siteInPlace = site;
        return this;
    }

    /** What a run produced and how long each stage took, for the summary line. */
    public record Outcome(BakeResult baked, CheckReport check, IndexReport index, Map<String, Long> millis) {
        public String summary() {
            StringBuilder line = new StringBuilder()
                    .append(baked.pageSources().size()).append(" sider")
                    .append(baked.pagesRendered() < baked.pageSources().size() ? " (" + baked.pagesRendered() + " bagt igen"
                            + (baked.pagesConverted() != baked.pagesRendered() ? ", " + baked.pagesConverted() + " konverteret" : "") + ")"
                            : baked.pagesConverted() < baked.pageSources().size()
                            ? " (" + baked.pagesConverted() + " konverteret, resten fra byggecachen)" : "")
                    .append(", ")
                    .append(check.referencesChecked()).append(" links tjekket, ")
                    .append(check.errors()).append(" fejl, ")
                    .append(check.warnings() + baked.warnings().size()).append(" advarsler, ")
                    .append(index.sections()).append(" afsnit i søgeindekset");
            line.append(" (");
            millis.forEach((stage, ms) -> line.append(stage).append(' ').append(ms).append(" ms, "));
            line.setLength(line.length() - 2);
            return line.append(')').toString();
        }
    }

    /** Runs every stage into {@code siteDir}; diagnostics of a failed stage are printed before it throws. */
    public Outcome run(Path siteDir) throws IOException, StageFailedException {
        Map<String, Long> millis = new LinkedHashMap<>();
        readCheckCacheAhead();
        BakeResult baked = bake(siteDir, millis);
        Map<String, String> typeLabels = typeLabels();
        // The PDFs are laid out beside the link check (one thread beside the check's two), and the index made
        // after it, on both cores: the index holds the site's text several times over while it encodes, and the
        // check holds every page's links, so the two side by side were the build's peak of memory. Both are
        // written into the site only once the links are good, the PDFs last (their links change the pages).
        ExecutorService laying = Executors.newSingleThreadExecutor();
        try {
            Future<Timed<PdfEdition.Prepared>> laidOut = laying.submit(() -> Timed.of(() -> pdfs.prepare(siteDir)));
            CheckReport check = check(siteDir, baked, millis);
            // Kept in its file for the next build; nothing in this one checks again.
            scanned.unload();
            long start = System.nanoTime();
            SearchIndexer.Prepared index = new SearchIndexer(siteDir, typeLabels).withCache(indexCache)
                    .linkingFrom(siteInPlace).prepare();
            IndexReport written = index.write();
            millis.put("indeks", (System.nanoTime() - start) / 1_000_000);
            Timed<PdfEdition.Prepared> pdf = result(laidOut);
            start = System.nanoTime();
            pdf.value().write();
            millis.put("pdf", pdf.millis() + (System.nanoTime() - start) / 1_000_000);
            return new Outcome(baked, check, written, millis);
        } finally {
            // A failed check must not return while the PDFs are still writing their cache into the project.
            laying.shutdown();
            awaitQuietly(laying);
        }
    }

    /** The link check's cache is read while the bake runs (JRuby's start leaves a core idle); the check waits for it. */
    private void readCheckCacheAhead() {
        readInBackground(scanned::readAhead);
    }

    /**
     * For a bake that has found it renders only the changed pages: the link check's cache is read beside the rest
     * of it, however large (see {@link ScanCache#readAheadWhole}); the check waits for the read.
     */
    public void bakeRendersChangedPagesOnly() {
        readInBackground(scanned::readAheadWhole);
    }

    /** For a bake that renders more than the changed pages after all: what was read ahead is let go until the check. */
    public void bakeRendersMoreAfterAll() {
        scanned.forgetReadAhead();
    }

    private static void readInBackground(Runnable read) {
        Thread reading = new Thread(() -> {
            try {
                read.run();
            } catch (RuntimeException e) {
                // The check then parses the pages it finds no entry for, as without a cache.
            }
        }, "check-cache-read");
        reading.setDaemon(true);
        reading.start();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A site baked and checked, its search index not yet made. */
    public record Checked(BakeResult baked, CheckReport check, Map<String, Long> millis, Map<String, String> typeLabels,
                          PdfEdition pdfs, List<Diagnostic> warnings, Path indexCache) {
        /**
         * Makes the search index and then the PDFs of the site, which may be served meanwhile: each file is
         * replaced whole, and a page links its PDF only once it exists.
         */
        public Outcome index(Path siteDir) throws IOException {
            long start = System.nanoTime();
            IndexReport index = new SearchIndexer(siteDir, typeLabels).withCache(indexCache).run();
            Map<String, Long> all = new LinkedHashMap<>(millis);
            all.put("indeks", (System.nanoTime() - start) / 1_000_000);
            pdf(pdfs, siteDir, all);
            return new Outcome(baked, check, index, all);
        }
    }

    /**
     * Bakes and checks only: the preview serves the site as soon as its links are good, and makes its search
     * index after that ({@link Checked#index}), so an editor's page reloads without waiting for the index.
     */
    public Checked bakeAndCheck(Path siteDir) throws IOException, StageFailedException {
        Map<String, Long> millis = new LinkedHashMap<>();
        BakeResult baked = bake(siteDir, millis);
        CheckReport check = check(siteDir, baked, millis);
        List<Diagnostic> warnings = new java.util.ArrayList<>(baked.warnings());
        check.findings().stream().filter(f -> !f.isError())
                .map(f -> LinkProblems.asDiagnostic(f, projectRoot, baked.drafts(), baked.pageSources().keySet()))
                .forEach(warnings::add);
        return new Checked(baked, check, millis, typeLabels(), pdfs, List.copyOf(warnings), indexCache);
    }

    /** What readers see of each content type in search, as the project's registry has it now. */
    private Map<String, String> typeLabels() {
        return Project.at(projectRoot).contentTypes().labels();
    }

    private static void pdf(PdfEdition pdfs, Path siteDir, Map<String, Long> millis) throws IOException {
        long start = System.nanoTime();
        pdfs.run(siteDir);
        millis.put("pdf", (System.nanoTime() - start) / 1_000_000);
    }

    private BakeResult bake(Path siteDir, Map<String, Long> millis) throws IOException, StageFailedException {
        long start = System.nanoTime();
        BakeResult baked;
        try {
            baked = baker.bake(siteDir);
        } catch (BakeFailedException e) {
            e.diagnostics().forEach(log::println);
            throw new StageFailedException(e.diagnostics().stream().filter(Diagnostic::isError).count() + " fejl i kilderne",
                    e.diagnostics());
        }
        baked.warnings().forEach(log::println);
        millis.put("bage", (System.nanoTime() - start) / 1_000_000);
        return baked;
    }

    private CheckReport check(Path siteDir, BakeResult baked, Map<String, Long> millis)
            throws IOException, StageFailedException {
        long start = System.nanoTime();
        CheckReport check = new LinkChecker(siteDir)
                .withSourceMap(new SourceMap(projectRoot, new IncludeResolver(baked.contentRoot()), baked.pageSources()))
                .withScanCache(scanned)
                .withServedPath(PublicAddress.path(projectRoot))
                .run();
        // Told as every other problem is: the AsciiDoc file and line first, in Danish, with the fix.
        List<Diagnostic> problems = check.findings().stream().map(f -> LinkProblems.asDiagnostic(f, projectRoot, baked.drafts(), baked.pageSources().keySet())).toList();
        problems.forEach(log::println);
        millis.put("tjek", (System.nanoTime() - start) / 1_000_000);
        if (check.hasErrors()) {
            // The bake's warnings too: the preview's overlay shows them beside the errors.
            throw new StageFailedException(check.errors() + " fejl i links", java.util.stream.Stream.concat(baked.warnings().stream(), problems.stream()).toList());
        }
        return check;
    }

    private static <T> T result(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("afbrudt", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** A stage's result with the time it took on its own thread. */
    private record Timed<T>(T value, long millis) {
        static <T> Timed<T> of(Callable<T> work) throws Exception {
            long start = System.nanoTime();
            T value = work.call();
            return new Timed<>(value, (System.nanoTime() - start) / 1_000_000);
        }
    }


    public static final class StageFailedException extends Exception {
        private final List<Diagnostic> problems;

        StageFailedException(String message, List<Diagnostic> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        public List<Diagnostic> problems() {
            return problems;
        }
    }
}
