package dk.kk.tillid.index;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bake stage that makes the site searchable: reads every baked page under the site directory and
 * writes the index that assets/js/search.js loads to {@code search/} in the same directory.
 * Output depends only on the pages, so two runs over the same site give byte-identical files.
 */
public final class SearchIndexer {
    /** Where the index goes, relative to the site root; search.js expects it there. */
    public static final String INDEX_DIR = Project.SEARCH_INDEX_FOLDER;

    private final Path siteDir;
    private final Map<String, String> typeLabels;
    private Path cacheDir;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();
    private int split;

    /** An index whose search shows each content type by its name. */
    public SearchIndexer(Path siteDir) {
        this(siteDir, Map.of());
    }

    /** @param typeLabels content type to what readers see, in the order the search filter offers them */
    public SearchIndexer(Path siteDir, Map<String, String> typeLabels) {
        this.siteDir = siteDir;
        this.typeLabels = new LinkedHashMap<>(typeLabels);
    }

    /**
     * Keeps what is read from each page in {@code dir} (under {@code target/}) and reuses it for pages whose
     * HTML is unchanged; {@code null}, as by default, reads every page. The index is the same either way.
     */
    public SearchIndexer withCache(Path dir) {
        this.cacheDir = dir;
        return this;
    }

    /** How many pages the last run parsed, rather than took from the cache. */
    int pagesParsed() {
        return parsed.get();
    }

    /** How many pages' files the last run read, rather than knew unchanged by their stamp. */
    int pagesRead() {
        return read.get();
    }

    /** How many pages the last run split into words, rather than took their words from the cache. */
    int pagesSplit() {
        return split;
    }

    public IndexReport run() throws IOException {
        return prepare().write();
    }

    /**
     * Reads every page and encodes the index, without writing anything into the site folder: the pipeline
     * runs this beside the link check, and writes only when the check has passed.
     */
    public Prepared prepare() throws IOException {
        Indexed indexed = index();
        IndexModel model = indexed.model();
        Map<String, byte[]> fragments = indexed.cache() == null ? null : new ConcurrentHashMap<>();
        if (fragments != null) {
            indexed.forEachPage((read, kept, dropped) -> {
                PageCache.Entry earlier = read.entry();
                if (earlier != null && earlier.fragment() != null && Arrays.equals(earlier.dropped(), dropped)
                        && placed(kept).equals(earlier.placed())) {
                    fragments.put(kept.path(), earlier.fragment());
                }
            });
        }
        IndexWriter files = IndexWriter.encode(model, typeLabels, fragments);
        indexed.keep(fragments);
        return new Prepared(model.pages().size(), model.sectionCount(), model.terms().size(), files);
    }

    /** Where a page is and which pages show its text: with its bytes and dropped blocks, what its f-file shows. */
    private static String placed(Page kept) {
        StringBuilder placed = new StringBuilder(kept.path());
        for (SectionText section : kept.sections()) {
            placed.append('\n');
            for (SectionText.Shown shown : section.alsoOn()) {
                placed.append(shown.path()).append('\t').append(shown.title()).append('\t').append(shown.anchor()).append('\t');
            }
        }
        return placed.toString();
    }

    /** An index ready to be written to {@code search/} of the site. */
    public final class Prepared {
        // Only the counts of the model: its pages and postings are garbage once encoded, while the check runs.
        private final int pages;
        private final int sections;
        private final int terms;
        private final IndexWriter files;

        private Prepared(int pages, int sections, int terms, IndexWriter files) {
            this.pages = pages;
            this.sections = sections;
            this.terms = terms;
            this.files = files;
        }

        public IndexReport write() throws IOException {
            long bytes = files.writeTo(siteDir.resolve(INDEX_DIR));
            return new IndexReport(pages, sections, terms, bytes);
        }
    }

    /** The pages as the index sees them, in site order; also what tests rank against. */
    IndexModel model() throws IOException {
        Indexed indexed = index();
        indexed.keep(null);
        return indexed.model();
    }

    /** The pages read, as kept at the source of their shared text, with their words; what the cache is to keep. */
    private record Indexed(IndexModel model, PageCache cache, List<Read> reads, List<Page> kept, List<int[]> dropped,
                           Map<String, byte[]> found) {
        interface PageAction {
            void accept(Read read, Page kept, int[] dropped);
        }

        void forEachPage(PageAction action) {
            for (int p = 0; p < reads.size(); p++) {
                action.accept(reads.get(p), kept.get(p), dropped.get(p));
            }
        }

        /** Saves what was read and found, and the f-files' data when made ({@code fragments} not null). */
        void keep(Map<String, byte[]> fragments) {
            if (cache == null) {
                return;
            }
            // In page order, so that of two pages with the same bytes the same one is kept in every build.
            forEachPage((read, page, blocks) -> {
                byte[] fragment = fragments == null ? null : fragments.get(page.path());
                cache.keep(read.key(), blocks, found.get(page.path()), fragment == null ? null : placed(page), fragment);
            });
            cache.save();
        }
    }

    private Indexed index() throws IOException {
        PageCache cache = cacheDir == null ? null : PageCache.in(cacheDir);
        List<Read> reads = readPages(cache);
        List<Page> pages = reads.stream().map(Read::page).toList();
        List<int[]> dropped = new ArrayList<>();
        List<Page> kept = IncludedText.keepAtSource(pages, dropped);
        if (cache == null) {
            split = kept.size();
            return new Indexed(IndexBuilder.build(kept), null, reads, kept, dropped, null);
        }
        // A page's words depend on its bytes and on which of its blocks other pages hold: when both are as
        // they were, its words are those found then.
        Map<String, byte[]> found = new ConcurrentHashMap<>();
        for (int p = 0; p < reads.size(); p++) {
            PageCache.Entry earlier = reads.get(p).entry();
            if (earlier != null && earlier.found() != null && Arrays.equals(earlier.dropped(), dropped.get(p))) {
                found.put(pages.get(p).path(), earlier.found());
            }
        }
        split = kept.size() - found.size();
        return new Indexed(IndexBuilder.build(kept, found), cache, reads, kept, dropped, found);
    }

    /** A page as read, with the key of its bytes and what the cache held for them (null: nothing). */
    private record Read(Page page, String key, PageCache.Entry entry) {
    }

    /** A page's file, and its stamp when it may be trusted (see {@link PageCache}). */
    private record Listed(Path file, String stamp) {
    }

    private List<Read> readPages(PageCache cache) throws IOException {
        Path indexDir = siteDir.resolve(INDEX_DIR);
        long settled = System.currentTimeMillis() - PageCache.RACY_MILLIS;
        List<Listed> files = new ArrayList<>();
        Files.walkFileTree(siteDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return dir.equals(indexDir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!file.getFileName().toString().endsWith(".html")) {
                    return FileVisitResult.CONTINUE;
                }
                if (attributes.isRegularFile()) {
                    boolean stampable = attributes.fileKey() != null && attributes.lastModifiedTime().toMillis() < settled;
                    files.add(new Listed(file, stampable ? attributes.size() + " "
                            + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + attributes.fileKey() : null));
                } else if (Files.isRegularFile(file)) {
                    // A link to a page: its own times say nothing of the page's.
                    files.add(new Listed(file, null));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Listed::file));
        parsed.set(0);
        read.set(0);
        // Parsing is most of the reading, and pages parse independently.
        try {
            return files.parallelStream()
                    .map(file -> read(file, cache))
                    .filter(r -> r.page() != null)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Read read(Listed listed, PageCache cache) {
        Path file = listed.file();
        String sitePath = RelativePath.of(siteDir, file);
        try {
            String key = cache == null ? null : cache.keyOf(sitePath, listed.stamp());
            byte[] html = null;
            if (cache != null && key == null) {
                read.incrementAndGet();
                html = Files.readAllBytes(file);
                key = PageCache.key(html);
            }
            PageCache.Entry entry = cache == null ? null : cache.get(key, sitePath);
            Optional<Page> page;
            if (entry != null) {
                page = entry.page();
            } else {
                if (html == null) {
                    read.incrementAndGet();
                    html = Files.readAllBytes(file);
                }
                parsed.incrementAndGet();
                page = PageReader.read(html, file.toAbsolutePath().toString(), sitePath);
                if (cache != null) {
                    cache.put(key, page);
                }
            }
            if (cache != null) {
                cache.stamp(sitePath, listed.stamp(), key);
            }
            return new Read(page.orElse(null), key, entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
