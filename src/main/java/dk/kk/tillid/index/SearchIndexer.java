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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

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
    private Path earlierSite;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();
    private int split;
    private int packed;

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

    /**
     * The site in place while this one is made in a folder of its own, not served before it is whole ({@code null},
     * as by default: none): index files it holds with the same bytes are linked, not written again. The index is
     * the same either way.
     */
    public SearchIndexer linkingFrom(Path site) {
        this.earlierSite = site;
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

    /** How many terms the last run packed postings for, rather than took as the last build packed them. */
    int termsPacked() {
        return packed;
    }

    public IndexReport run() throws IOException {
        return prepare().write();
    }

    /**
     * Reads every page and encodes the index, without writing anything into the site folder: the pipeline
     * runs this beside the link check, and writes only when the check has passed.
     */
    public Prepared prepare() throws IOException {
        Indexed indexed = index(false);
        IndexModel model = indexed.model();
        Map<String, byte[]> made = indexed.cache() == null ? null : new ConcurrentHashMap<>();
        // Read from the cache's mapped file when each f-file is made, not gathered on the heap first.
        IndexWriter files = IndexWriter.encode(model.pages(), indexed.encoded(), typeLabels, indexed.fragments()::containsKey, path -> {
            PageCache.Entry earlier = indexed.fragments().get(path);
            return earlier == null ? null : earlier.fragment();
        }, indexed.text(), made);
        indexed.keep(made);
        return new Prepared(model.pages().size(), model.sectionCount(), indexed.encoded().size(), files);
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
            long bytes = files.writeTo(siteDir.resolve(INDEX_DIR), earlierSite == null ? null : earlierSite.resolve(INDEX_DIR));
            return new IndexReport(pages, sections, terms, bytes);
        }
    }

    /** The pages as the index sees them, in site order; also what tests rank against. */
    IndexModel model() throws IOException {
        Indexed indexed = index(true);
        indexed.keep(null);
        return indexed.model();
    }

    /**
     * The pages read, as kept at the source of their shared text ({@code kept}; a page whose words and f-file's data
     * both come from the cache is there without its bodies, see {@link IncludedText#placedOnly}, and {@code text}
     * gives it with them), with their words; what the cache is to keep.
     */
    private record Indexed(IndexModel model, SortedMap<String, EncodedTerm> encoded, PageCache cache, List<Read> reads,
                           List<Page> kept, List<int[]> dropped, Map<String, byte[]> foundNow,
                           Map<String, PageCache.Entry> fragments, UnaryOperator<Page> text) {
        interface PageAction {
            void accept(Read read, Page kept, int[] dropped);
        }

        void forEachPage(PageAction action) {
            for (int p = 0; p < reads.size(); p++) {
                action.accept(reads.get(p), kept.get(p), dropped.get(p));
            }
        }

        /** Saves what was read and found anew, and the f-files' data made anew ({@code made} null: none made). */
        void keep(Map<String, byte[]> made) {
            if (cache == null) {
                return;
            }
            // In page order, so that of two pages with the same bytes the same one is kept in every build.
            forEachPage((read, page, blocks) -> {
                byte[] found = foundNow.get(page.path());
                if (found != null) {
                    cache.keepFound(read.key(), blocks, found);
                }
                byte[] fragment = made == null ? null : made.get(page.path());
                if (fragment != null) {
                    cache.keepFragment(read.key(), placed(page), fragment);
                }
            });
            cache.save();
        }
    }

    /** @param fullText whether every page's kept text is made, rather than only where it is to be read */
    private Indexed index(boolean fullText) throws IOException {
        PageCache cache = cacheDir == null ? null : PageCache.in(cacheDir);
        List<Read> reads = readPages(cache);
        List<Page> pages = reads.stream().map(Read::page).toList();
        if (cache == null) {
            List<int[]> dropped = new ArrayList<>();
            List<Page> kept = IncludedText.keepAtSource(pages, dropped);
            split = kept.size();
            IndexModel model = IndexBuilder.build(kept);
            packed = model.terms().size();
            return new Indexed(model, fullText ? null : IndexWriter.encoded(model), null, reads, kept, dropped, null,
                    Map.of(), UnaryOperator.identity());
        }
        // Which blocks each page leaves to another, from the blocks' hashes the cache keeps: no page's text is split.
        List<IncludedText.Shared> shared = IncludedText.share(pages, reads.stream().map(Read::blocks).toList());
        List<int[]> dropped = new ArrayList<>(pages.size());
        List<Page> kept = new ArrayList<>(pages.size());
        // A page's words depend on its bytes and on which of its blocks other pages hold: when both are as they
        // were, its words are those found then, read from the cache's file as the page is packed. Its f-file's data
        // depends besides on its address and on which pages show its text.
        Map<String, PageCache.Entry> words = new HashMap<>();
        Map<String, PageCache.Entry> fragments = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        boolean[] made = new boolean[pages.size()];
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            IncludedText.Shared mine = shared.get(p);
            PageCache.Entry earlier = reads.get(p).entry();
            dropped.add(mine.dropped());
            positions.put(page.path(), p);
            Page placed = IncludedText.placedOnly(page, mine);
            boolean sameWords = earlier != null && earlier.hasFound() && Arrays.equals(earlier.dropped(), mine.dropped());
            if (sameWords) {
                words.put(page.path(), earlier);
                if (placed(placed).equals(earlier.placed())) {
                    fragments.put(page.path(), earlier);
                }
            }
            made[p] = fullText || !sameWords || !fragments.containsKey(page.path());
            kept.add(made[p] ? IncludedText.kept(whole(reads.get(p)), mine) : placed);
        }
        // Should the cache fail to give a page's words or f-data after all, its text is made then.
        UnaryOperator<Page> text = page -> {
            int p = positions.get(page.path());
            return made[p] ? page : IncludedText.kept(whole(reads.get(p)), shared.get(p));
        };
        Map<String, byte[]> foundNow = new ConcurrentHashMap<>();
        Function<String, byte[]> earlierWords = path -> {
            PageCache.Entry earlier = words.get(path);
            return earlier == null ? null : earlier.found();
        };
        if (fullText) {
            IndexModel model = IndexBuilder.build(kept, earlierWords, text, foundNow);
            split = foundNow.size();
            return new Indexed(model, null, cache, reads, kept, dropped, foundNow, fragments, text);
        }
        // In site order, as the sections are numbered.
        List<Integer> order = IntStream.range(0, kept.size()).boxed()
                .sorted(Comparator.comparing(p -> kept.get(p).path())).toList();
        List<Page> sorted = order.stream().map(kept::get).toList();
        List<PostingStore.Row> rows = order.stream().map(p -> new PostingStore.Row(kept.get(p).path(),
                kept.get(p).sections().size(), reads.get(p).key(), dropped.get(p))).toList();
        PostingStore store = PostingStore.in(cacheDir);
        PostingStore.Updated updated = store.update(rows, row -> cache.earlierFound(row.key(), row.dropped()), i -> {
            Page page = sorted.get(i);
            IndexBuilder.Found found = IndexBuilder.Found.of(earlierWords.apply(page.path()), page.sections().size());
            if (found == null) {
                found = IndexBuilder.find(text.apply(page));
                foundNow.put(page.path(), found.bytes());
            }
            return found;
        }, i -> words.containsKey(sorted.get(i).path()));
        if (updated != null) {
            split = foundNow.size();
            packed = updated.uses().size();
            store.save(rows, updated.terms(), updated.uses());
            return new Indexed(new IndexModel(sorted, new TreeMap<>()), updated.terms(), cache, reads, kept, dropped,
                    foundNow, fragments, text);
        }
        Map<String, Map<String, Integer>> uses = new ConcurrentHashMap<>();
        IndexModel model = IndexBuilder.build(kept, earlierWords, text, foundNow, uses);
        split = foundNow.size();
        SortedMap<String, EncodedTerm> encoded = IndexWriter.encoded(model);
        packed = encoded.size();
        store.save(rows, encoded, uses);
        return new Indexed(model, encoded, cache, reads, kept, dropped, foundNow, fragments, text);
    }

    /** A page as read, with the key of its bytes and what the cache held for them (null: nothing). */
    /** @param outline whether {@code page} is without its bodies ({@link PageCache.Entry#outline}) */
    private record Read(Page page, String key, PageCache.Entry entry, IncludedText.Blocks blocks, boolean outline,
                        Path file) {
    }

    /** The page with its bodies, read from the cache's file, or should that fail after all, from the page. */
    private Page whole(Read read) {
        if (!read.outline()) {
            return read.page();
        }
        Optional<Page> page = read.entry().page();
        try {
            if (page == null) {
                page = PageReader.read(Files.readAllBytes(read.file()), read.file().toAbsolutePath().toString(),
                        read.page().path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.orElseThrow();
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
            Optional<Page> page = entry == null ? null : entry.outline();
            IncludedText.Blocks blocks = entry == null ? null : entry.blocks();
            if (page == null || page.isPresent() && (blocks == null || !blocks.wellFormed(page.get().sections().size()))) {
                // Not kept, or its record no longer readable.
                entry = null;
                if (html == null) {
                    read.incrementAndGet();
                    html = Files.readAllBytes(file);
                }
                parsed.incrementAndGet();
                page = PageReader.read(html, file.toAbsolutePath().toString(), sitePath);
                if (cache != null) {
                    blocks = page.map(IncludedText::blocksOf).orElse(null);
                    cache.put(key, page, blocks);
                }
            }
            if (cache != null) {
                cache.stamp(sitePath, listed.stamp(), key);
            }
            return new Read(page.orElse(null), key, entry, blocks, entry != null && !entry.whole(), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
