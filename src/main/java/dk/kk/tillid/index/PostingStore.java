package dk.kk.tillid.index;

import dk.kk.tillid.cache.ToolFingerprint;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

import static dk.kk.tillid.index.RecordFields.count;
import static dk.kk.tillid.index.RecordFields.slice;
import static dk.kk.tillid.index.RecordFields.string;

/**
 * The postings of the last build, kept in one file beside {@link PageCache}'s, so that a build in which a few pages
 * changed packs only the terms those pages have or had, rather than every page's words into every term. It holds
 * each page as the postings saw it (path, sections, the key of its bytes and the blocks it left to other pages:
 * what its words depend on) and each term's postings as its index files show them, with how many postings use each
 * of its spellings (all of them, not only the six listed). The postings of a changed or removed page are taken out
 * of a term's string and those of a changed or added page put in ({@link PostingCodec#splice}), without decoding the
 * rest; only when a term's listed spellings change (and with them every posting's spelling bits) is every page
 * packed again. A term no changed page has or had keeps what the file says of it. The file is written whole, aside, and
 * renamed into place, with a CRC-32 over it and the version of the code that wrote it: a damaged file, or another
 * version's, is not used, and the index is then packed from every page's words, as by a clean build.
 */
final class PostingStore {
    static final String FILE = "postings";
    private static final int MAGIC = 0x54535034;
    private static final String WRITER = ToolFingerprint.current();

    /** A page as its postings saw it; its words depend on {@code key} (its bytes) and {@code dropped} alone. */
    record Row(String path, int sections, String key, int[] dropped) {
        boolean sameWords(Row other) {
            return sections == other.sections && key.equals(other.key) && Arrays.equals(dropped, other.dropped);
        }
    }

    private record Kept(List<String> spellings, int count, ByteBuffer postings, ByteBuffer use) {
    }

    /** The terms of this build as their files show them, and how many postings use each spelling of those packed anew. */
    record Updated(SortedMap<String, EncodedTerm> terms, Map<String, Map<String, Integer>> uses) {
    }

    /** A term whose listed spellings changed: every page is packed. */
    private static final class SpellingsChanged extends RuntimeException {
        SpellingsChanged() {
            super(null, null, false, false);
        }
    }

    private final Path file;
    /** Null when there is nothing usable. */
    private final List<Row> rows;
    private final Map<String, Kept> terms;

    private PostingStore(Path file, List<Row> rows, Map<String, Kept> terms) {
        this.file = file;
        this.rows = rows;
        this.terms = terms;
    }

    static PostingStore in(Path dir) {
        Path file = dir.resolve(FILE);
        // Mapped: the postings of terms no page changed are copied from here to the next file, never decoded.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(file, channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        } catch (NoSuchFileException e) {
            return new PostingStore(file, null, Map.of());
        } catch (IOException | RuntimeException | InternalError e) {
            return new PostingStore(file, null, Map.of());
        }
    }

    /**
     * The terms of {@code pages} (in site order) made from the kept postings, or null when nothing is kept or
     * too much changed to be worth it (then every page is packed).
     *
     * @param now          the pages' rows, in the same order
     * @param earlierWords the words of a kept row's page, as {@link IndexBuilder.Found#bytes}, or null: not kept
     * @param words        the words of page {@code i} now
     * @param wordsKept    whether the page cache keeps page {@code i}'s words: a page whose words it lost has them
     *                     worked out again, so that a later build finds the words of any page that changes
     */
    Updated update(List<Row> now, Function<Row, byte[]> earlierWords, IntFunction<IndexBuilder.Found> words,
                   java.util.function.IntPredicate wordsKept) {
        if (rows == null) {
            return null;
        }
        Map<String, Integer> before = new HashMap<>();
        int[] startBefore = new int[rows.size() + 1];
        for (int r = 0; r < rows.size(); r++) {
            before.put(rows.get(r).path(), r);
            startBefore[r + 1] = startBefore[r] + rows.get(r).sections();
        }
        int[] renumbered = new int[startBefore[rows.size()]];
        Arrays.fill(renumbered, -1);
        boolean[] keptRow = new boolean[rows.size()];
        List<Integer> changed = new ArrayList<>();
        int[] start = new int[now.size()];
        boolean moved = false;
        for (int p = 0, section = 0; p < now.size(); section += now.get(p).sections(), p++) {
            Row row = now.get(p);
            start[p] = section;
            Integer r = before.get(row.path());
            if (r != null && rows.get(r).sameWords(row) && wordsKept.test(p)) {
                keptRow[r] = true;
                for (int s = 0; s < row.sections(); s++) {
                    renumbered[startBefore[r] + s] = section + s;
                }
                moved |= startBefore[r] != section;
            } else {
                changed.add(p);
            }
        }
        List<Row> gone = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!keptRow[r]) {
                gone.add(rows.get(r));
            }
        }
        if (changed.size() + gone.size() > Math.max(8, now.size() / 8)) {
            return null;
        }
        // The postings the changed pages add, numbered as now, and those the pages gone had.
        Map<String, IndexBuilder.TermPostings> added = new HashMap<>();
        for (int p : changed) {
            IndexBuilder.Found found = words.apply(p);
            if (found == null || found.sections() != now.get(p).sections()) {
                return null;
            }
            found.addTo(added, start[p]);
        }
        Map<String, IndexBuilder.TermPostings> removed = new HashMap<>();
        for (Row row : gone) {
            IndexBuilder.Found found = IndexBuilder.Found.of(earlierWords.apply(row), row.sections());
            if (found == null) {
                return null;
            }
            found.addTo(removed, 0);
        }
        Set<String> touched = new HashSet<>(added.keySet());
        touched.addAll(removed.keySet());
        if (moved) {
            // Sections after a page added, removed or grown are numbered anew: a gap in every term may change.
            touched.addAll(terms.keySet());
        }
        Map<String, Map<String, Integer>> uses = new ConcurrentHashMap<>();
        Map<String, EncodedTerm> packed = new ConcurrentHashMap<>();
        IndexBuilder.TermPostings none = new IndexBuilder.TermPostings();
        try {
            touched.parallelStream().forEach(term -> {
                Kept kept = terms.get(term);
                IndexBuilder.TermPostings in = added.getOrDefault(term, none);
                IndexBuilder.TermPostings out = removed.getOrDefault(term, none);
                int count = (kept == null ? 0 : kept.count()) - out.size() + in.size();
                if (count <= 0) {
                    if (count < 0) {
                        throw new SpellingsChanged();
                    }
                    return;
                }
                Map<String, Integer> use = kept == null ? new HashMap<>() : use(kept.use());
                out.countUse(use, -1);
                in.countUse(use, 1);
                use.values().removeIf(c -> c == 0);
                List<String> spellings = IndexBuilder.TermPostings.spellings(use.keySet());
                if (kept != null && !spellings.equals(kept.spellings())) {
                    throw new SpellingsChanged();
                }
                String old = kept == null ? "" : StandardCharsets.US_ASCII.decode(kept.postings().duplicate()).toString();
                packed.put(term, new EncodedTerm(term, spellings, count, PostingCodec.splice(old, renumbered, in, spellings)));
                uses.put(term, use);
            });
        } catch (RuntimeException e) {
            // A term's spellings changed, or the file disagrees with the pages' words: pack every page instead.
            return null;
        }
        SortedMap<String, EncodedTerm> all = new TreeMap<>(packed);
        terms.forEach((term, kept) -> {
            if (!touched.contains(term)) {
                all.put(term, new EncodedTerm(term, kept.spellings(), kept.count(),
                        StandardCharsets.US_ASCII.decode(kept.postings().duplicate()).toString()));
            }
        });
        return new Updated(all, uses);
    }

    private static Map<String, Integer> use(ByteBuffer kept) {
        ByteBuffer in = kept.duplicate();
        Map<String, Integer> use = new HashMap<>();
        try {
            for (int n = count(in, 8); n > 0; n--) {
                use.put(string(in), in.getInt());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return use;
    }

    /**
     * Keeps the postings of this build: {@code uses} has the spellings' use of every term packed anew, the rest are
     * copied from the file read. A store that cannot be written costs the next build time, not this one its
     * result, so a failure to write is not an error.
     */
    void save(List<Row> now, SortedMap<String, EncodedTerm> encoded, Map<String, Map<String, Integer>> uses) {
        try {
            Files.createDirectories(file.getParent());
            clearLeftovers();
            Path aside = Files.createTempFile(file.getParent(), FILE + ".", ".new");
            try {
                CRC32 crc = new CRC32();
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new Checked(
                        Files.newOutputStream(aside), crc), 1 << 16))) {
                    out.writeInt(MAGIC);
                    string(out, WRITER);
                    out.writeInt(now.size());
                    for (Row row : now) {
                        string(out, row.path());
                        out.writeInt(row.sections());
                        string(out, row.key());
                        out.writeInt(row.dropped().length);
                        for (int block : row.dropped()) {
                            out.writeInt(block);
                        }
                    }
                    out.writeInt(encoded.size());
                    for (EncodedTerm term : encoded.values()) {
                        Map<String, Integer> use = uses.get(term.term());
                        string(out, term.term());
                        out.writeInt(term.count());
                        out.writeInt(term.spellings().size());
                        for (String spelling : term.spellings()) {
                            string(out, spelling);
                        }
                        byte[] postings = term.postings().getBytes(StandardCharsets.US_ASCII);
                        out.writeInt(postings.length);
                        out.write(postings);
                        if (use != null) {
                            out.writeInt(use.size());
                            for (Map.Entry<String, Integer> spelling : new TreeMap<>(use).entrySet()) {
                                string(out, spelling.getKey());
                                out.writeInt(spelling.getValue());
                            }
                        } else {
                            write(out, terms.get(term.term()).use());
                        }
                    }
                    out.flush();
                    long sum = crc.getValue();
                    out.writeLong(sum);
                }
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException | RuntimeException e) {
            // See above.
        }
    }

    // A build killed while writing leaves its file aside; it was never renamed into place, so never read.
    private void clearLeftovers() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(FILE + ".") && name.endsWith(".new")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Sums what passes through into the CRC, up to the CRC itself. */
    private static final class Checked extends java.io.FilterOutputStream {
        private final CRC32 crc;

        Checked(OutputStream out, CRC32 crc) {
            super(out);
            this.crc = crc;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            crc.update(b);
            out.write(b);
        }
    }

    private static PostingStore read(Path file, ByteBuffer in) throws IOException {
        if (in.limit() < 12) {
            throw new IOException("cut short");
        }
        CRC32 crc = new CRC32();
        crc.update(in.slice(0, in.limit() - 8));
        if (in.getLong(in.limit() - 8) != crc.getValue() || in.getInt() != MAGIC || !string(in).equals(WRITER)) {
            return new PostingStore(file, null, Map.of());
        }
        int pages = count(in, 12);
        List<Row> rows = new ArrayList<>(pages);
        for (int p = 0; p < pages; p++) {
            String path = string(in);
            int sections = in.getInt();
            String key = string(in);
            int[] dropped = new int[count(in, 4)];
            for (int i = 0; i < dropped.length; i++) {
                dropped[i] = in.getInt();
            }
            rows.add(new Row(path, sections, key, dropped));
        }
        int count = count(in, 16);
        Map<String, Kept> terms = new HashMap<>();
        for (int t = 0; t < count; t++) {
            String term = string(in);
            int postingCount = in.getInt();
            List<String> spellings = new ArrayList<>();
            for (int s = count(in, 4); s > 0; s--) {
                spellings.add(string(in));
            }
            ByteBuffer postings = slice(in);
            int useStart = in.position();
            for (int n = count(in, 8); n > 0; n--) {
                string(in);
                in.getInt();
            }
            ByteBuffer use = in.slice(useStart, in.position() - useStart);
            terms.put(term, new Kept(List.copyOf(spellings), postingCount, postings, use));
        }
        if (in.position() != in.limit() - 8) {
            throw new IOException("not a postings file");
        }
        return new PostingStore(file, List.copyOf(rows), terms);
    }

    private static void write(DataOutputStream out, ByteBuffer buffer) throws IOException {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        out.write(copy);
    }
}
