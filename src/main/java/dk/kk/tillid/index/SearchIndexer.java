package dk.kk.tillid.index;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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

    public IndexReport run() throws IOException {
        return prepare().write();
    }

    /**
     * Reads every page and encodes the index, without writing anything into the site folder: the pipeline
     * runs this beside the link check, and writes only when the check has passed.
     */
    public Prepared prepare() throws IOException {
        IndexModel model = IndexBuilder.build(readPages());
        return new Prepared(model.pages().size(), model.sectionCount(), model.terms().size(),
                IndexWriter.encode(model, typeLabels));
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
        return IndexBuilder.build(readPages());
    }

    private List<Page> readPages() throws IOException {
        List<Path> files;
        Path indexDir = siteDir.resolve(INDEX_DIR);
        try (Stream<Path> walk = Files.walk(siteDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".html"))
                    .filter(f -> !f.startsWith(indexDir))
                    .sorted()
                    .toList();
        }
        PageCache cache = cacheDir == null ? null : PageCache.in(cacheDir);
        parsed.set(0);
        // Parsing is most of the reading, and pages parse independently.
        List<Page> pages;
        try {
            pages = files.parallelStream()
                    .map(file -> read(file, cache))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (cache != null) {
            cache.save();
        }
        return IncludedText.keepAtSource(pages);
    }

    private Optional<Page> read(Path file, PageCache cache) {
        String sitePath = RelativePath.of(siteDir, file);
        try {
            byte[] html = Files.readAllBytes(file);
            String key = cache == null ? null : PageCache.key(html);
            Optional<Page> page = cache == null ? null : cache.get(key, sitePath);
            if (page == null) {
                parsed.incrementAndGet();
                page = PageReader.read(html, file.toAbsolutePath().toString(), sitePath);
                if (cache != null) {
                    cache.put(key, page);
                }
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
