package dk.kk.tillid.index;

import dk.kk.tillid.cache.ToolFingerprint;

import dk.kk.tillid.files.Sha256;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static dk.kk.tillid.index.RecordFields.count;
import static dk.kk.tillid.index.RecordFields.slice;
import static dk.kk.tillid.index.RecordFields.string;

/**
 * What the index read from each page in earlier builds, kept in one file under {@code target/}, so that a page
 * whose HTML has not changed is neither parsed nor split into words again. An entry is keyed by the SHA-256 of
 * the page's bytes, so a page counts as unchanged only when it is; the words it holds are used only when the
 * same blocks of the page were left to other pages ({@link IncludedText}) as when they were found. A page's file
 * is not even read when its size, modification time and file identity are those it had when it was hashed
 * (and it was not written in the last {@value #RACY_MILLIS} ms, as a file's time has the file system's
 * granularity). The file starts with the version of the code that reads pages, so another version of the
 * tool reads everything again.
 *
 * <p>The file is a log of records, each with its length and a CRC-32: a build appends what changed (a new
 * entry, a new stamp) and a later record of a key or page counts over an earlier one. When the file holds more
 * superseded records than live ones, or anything in it is damaged, it is written whole, aside, and renamed
 * into place. A record cut short (a build killed while appending) or altered is ignored, and the file written
 * whole; what a page yields does not depend on where it came from, so the index is the same with the cache,
 * without it, and from a damaged one.
 */
final class PageCache {
    static final String FILE = "pages";
    static final long RACY_MILLIS = 2_000;
    private static final int MAGIC = 0x54535033;
    private static final String READER = ToolFingerprint.current();
    private static final byte PAGE = 1;
    private static final byte STAMP = 2;

    /**
     * What was read from a page's bytes ({@code page} empty: not indexed), and, once known, the blocks it left to
     * other pages and the words found in what remained ({@link IndexBuilder.Found#bytes}), and where the page was
     * and which pages showed its text ({@code placed}) when its f-file's data ({@link IndexWriter#fragment}) was made.
     * An entry of an earlier build keeps its text, words and f-data in the mapped file and reads them from there
     * when asked: held on the heap they were some 200 MB at 10,000 pages, most of them never looked at.
     */
    static final class Entry {
        /** The page, or null: read from {@code pageBytes}, at {@code path}. */
        private final Optional<Page> page;
        private final ByteBuffer pageBytes;
        private final String path;
        /** Its blocks that may be shared ({@link IncludedText#blocksOf}), or null: read from {@code blocksBytes}. */
        private final IncludedText.Blocks blocks;
        private final ByteBuffer blocksBytes;
        private final int[] dropped;
        private final ByteBuffer found;
        private final ByteBuffer placed;
        private final ByteBuffer fragment;

        private Entry(Optional<Page> page, ByteBuffer pageBytes, String path, IncludedText.Blocks blocks,
                      ByteBuffer blocksBytes, int[] dropped, ByteBuffer found, ByteBuffer placed, ByteBuffer fragment) {
            this.page = page;
            this.pageBytes = pageBytes;
            this.path = path;
            this.blocks = blocks;
            this.blocksBytes = blocksBytes;
            this.dropped = dropped;
            this.found = found;
            this.placed = placed;
            this.fragment = fragment;
        }

        static Entry of(Optional<Page> page, IncludedText.Blocks blocks) {
            return new Entry(page, null, "", blocks, null, null, null, null, null);
        }

        /** The page's blocks that may be shared, or null: not indexed, or no longer readable. */
        IncludedText.Blocks blocks() {
            if (blocks != null || blocksBytes == null) {
                return blocks;
            }
            try {
                return readBlocks(blocksBytes.duplicate());
            } catch (IOException | RuntimeException | InternalError e) {
                return null;
            }
        }

        /** The page as read; empty also when the mapped file can no longer be read (then the page is read anew). */
        Optional<Page> page() {
            return page(true);
        }

        /**
         * The page without its sections' bodies (each ""): all that a page whose words and f-data are kept is looked
         * at for, and reading the bodies from the file was a tenth of a next build's index.
         */
        Optional<Page> outline() {
            return page(false);
        }

        private Optional<Page> page(boolean bodies) {
            if (page != null) {
                return page;
            }
            try {
                return readPage(pageBytes.duplicate(), path, bodies);
            } catch (IOException | RuntimeException | InternalError e) {
                return null;
            }
        }

        /** Whether {@link #outline} gives the page with its bodies (it was not read from the file). */
        boolean whole() {
            return page != null;
        }

        int[] dropped() {
            return dropped;
        }

        /** The words found, or null: none kept, or no longer readable. */
        byte[] found() {
            return bytes(found);
        }

        String placed() {
            byte[] utf8 = bytes(placed);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }

        byte[] fragment() {
            return bytes(fragment);
        }

        boolean hasFound() {
            return found != null;
        }

        Entry at(String sitePath) {
            return new Entry(page == null ? null : page.map(p -> new Page(sitePath, p.title(), p.type(), p.description(),
                    p.sections())), pageBytes, sitePath, blocks, blocksBytes, dropped, found, placed, fragment);
        }

        /** With the words found anew; the f-data stays only if the page left the same blocks to others. */
        Entry withFound(int[] dropped, byte[] found) {
            boolean sameBlocks = Arrays.equals(dropped, this.dropped);
            ByteBuffer words = ByteBuffer.wrap(found);
            if (sameBlocks && words.equals(this.found)) {
                return this;
            }
            return new Entry(page, pageBytes, path, blocks, blocksBytes, dropped, words, sameBlocks ? placed : null,
                    sameBlocks ? fragment : null);
        }

        /** With the f-data made anew; only on an entry with words, as the f-data depends on the same blocks. */
        Entry withFragment(String placed, byte[] fragment) {
            ByteBuffer where = ByteBuffer.wrap(placed.getBytes(StandardCharsets.UTF_8));
            ByteBuffer data = ByteBuffer.wrap(fragment);
            if (found == null || where.equals(this.placed) && data.equals(this.fragment)) {
                return this;
            }
            return new Entry(page, pageBytes, path, blocks, blocksBytes, dropped, found, where, data);
        }

        boolean sameAs(Entry other) {
            return this == other || other != null && Objects.equals(page(), other.page()) && Arrays.equals(dropped, other.dropped)
                    && Objects.equals(found, other.found) && Objects.equals(placed, other.placed)
                    && Objects.equals(fragment, other.fragment);
        }

        private static byte[] bytes(ByteBuffer buffer) {
            if (buffer == null) {
                return null;
            }
            try {
                byte[] copy = new byte[buffer.remaining()];
                buffer.duplicate().get(copy);
                return copy;
            } catch (RuntimeException | InternalError e) {
                return null;
            }
        }
    }

    private record Stamp(String stamp, String key) {
    }

    private final Path file;
    private final Map<String, Entry> earlier;
    private final Map<String, Stamp> earlierStamps;
    /** Bytes of the file as each earlier record took them, for knowing when it is mostly superseded. */
    private final Map<String, Integer> earlierSizes;
    /** Where the whole records end; -1 when the file must be written whole. */
    private final long appendAt;
    private final Map<String, Entry> now = new ConcurrentHashMap<>();
    private final Map<String, Stamp> nowStamps = new ConcurrentHashMap<>();

    private PageCache(Path file, Loaded loaded) {
        this.file = file;
        this.earlier = loaded.entries;
        this.earlierStamps = loaded.stamps;
        this.earlierSizes = loaded.sizes;
        this.appendAt = loaded.appendAt;
    }

    /** The cache in {@code dir}, as far as it can be trusted; empty when there is none yet. */
    static PageCache in(Path dir) {
        Path file = dir.resolve(FILE);
        Loaded loaded;
        // Mapped rather than read into the heap: at 10,000 pages the file is some 200 MB, all of it garbage once read.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            loaded = read(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        } catch (NoSuchFileException e) {
            // The first build, or one after mvn clean.
            loaded = new Loaded();
        } catch (IOException | RuntimeException | InternalError e) {
            // Unreadable, too large to map, or cut short under the mapping by another process: read the pages again.
            loaded = new Loaded();
        }
        return new PageCache(file, loaded);
    }

    /** The key of a page's bytes. */
    static String key(byte[] html) {
        return HexFormat.of().formatHex(Sha256.of(html));
    }

    /** The key of the bytes the page's file had when an earlier build saw it with this stamp, or null. */
    String keyOf(String sitePath, String stamp) {
        Stamp seen = stamp == null ? null : earlierStamps.get(sitePath);
        return seen != null && seen.stamp().equals(stamp) ? seen.key() : null;
    }

    /** Notes that the page's file, with this stamp, has the bytes of {@code key}. */
    void stamp(String sitePath, String stamp, String key) {
        if (stamp != null) {
            nowStamps.put(sitePath, new Stamp(stamp, key));
        }
    }

    /** What an earlier build read from a page with these bytes, at {@code sitePath}, or null. */
    Entry get(String key, String sitePath) {
        Entry entry = earlier.get(key);
        if (entry == null) {
            return null;
        }
        now.putIfAbsent(key, entry);
        return entry.at(sitePath);
    }

    /** The words an earlier build found in a page with these bytes that left these blocks to others, or null. */
    byte[] earlierFound(String key, int[] dropped) {
        Entry entry = earlier.get(key);
        return entry != null && entry.hasFound() && Arrays.equals(entry.dropped(), dropped) ? entry.found() : null;
    }

    void put(String key, Optional<Page> page, IncludedText.Blocks blocks) {
        now.put(key, Entry.of(page.map(PageCache::pathless), blocks));
    }

    /** Keeps the words found anew in a page with these bytes, which left {@code dropped} blocks to other pages. */
    void keepFound(String key, int[] dropped, byte[] found) {
        now.computeIfPresent(key, (k, entry) -> entry.withFound(dropped, found));
    }

    /** Keeps the data of its f-file made anew, when it was {@code placed}. */
    void keepFragment(String key, String placed, byte[] fragment) {
        now.computeIfPresent(key, (k, entry) -> entry.withFragment(placed, fragment));
    }

    private static Page pathless(Page p) {
        return new Page("", p.title(), p.type(), p.description(), p.sections());
    }

    /**
     * Keeps what this build read, and nothing of pages since changed or deleted. A cache that cannot be written
     * costs the next build time, never this one its result, so a failure to write is not an error.
     */
    void save() {
        try {
            if (appendAt < 0) {
                writeWhole();
                return;
            }
            // What changed is appended, unless it is most of the file: then no more than one record is held at once.
            List<String> changed = now.entrySet().stream().filter(e -> !e.getValue().sameAs(earlier.get(e.getKey())))
                    .map(Map.Entry::getKey).sorted().toList();
            List<String> restamped = nowStamps.entrySet().stream()
                    .filter(e -> !e.getValue().equals(earlierStamps.get(e.getKey()))).map(Map.Entry::getKey).sorted().toList();
            if (changed.isEmpty() && restamped.isEmpty() && now.keySet().equals(earlier.keySet())
                    && nowStamps.keySet().equals(earlierStamps.keySet())) {
                return;
            }
            if (2 * changed.size() > now.size()) {
                writeWhole();
                return;
            }
            java.util.Set<String> changedKeys = new java.util.HashSet<>(changed);
            java.util.Set<String> changedStamps = new java.util.HashSet<>(restamped);
            long live = 0;
            for (String key : now.keySet()) {
                live += changedKeys.contains(key) ? 0 : earlierSizes.get(PAGE + key);
            }
            for (String sitePath : nowStamps.keySet()) {
                live += changedStamps.contains(sitePath) ? 0 : earlierSizes.get(STAMP + sitePath);
            }
            long superseded = appendAt - header().length - live;
            List<byte[]> appended = new ArrayList<>();
            for (String key : changed) {
                appended.add(record(page(key, now.get(key))));
                live += appended.get(appended.size() - 1).length;
            }
            for (String sitePath : restamped) {
                appended.add(record(stamp(sitePath, nowStamps.get(sitePath))));
                live += appended.get(appended.size() - 1).length;
            }
            if (superseded > live || !append(appended)) {
                writeWhole();
            }
        } catch (IOException | UncheckedIOException e) {
            // See above: the next build reads the pages again.
        }
    }

    /** @return false, having written nothing, when the file is no longer the one read (another build replaced it) */
    private boolean append(List<byte[]> records) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() != appendAt) {
                return false;
            }
            channel.position(appendAt);
            for (byte[] record : records) {
                ByteBuffer buffer = ByteBuffer.wrap(record);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        }
        return true;
    }

    private void writeWhole() throws IOException {
        Files.createDirectories(file.getParent());
        clearLeftovers();
        Path aside = Files.createTempFile(file.getParent(), FILE + ".", ".new");
        try {
            // Record by record: at 10,000 pages the file is some 200 MB, more than the rest of the index holds.
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(aside), 1 << 16)) {
                out.write(header());
                for (Map.Entry<String, Entry> entry : new TreeMap<>(now).entrySet()) {
                    out.write(record(page(entry.getKey(), entry.getValue())));
                }
                for (Map.Entry<String, Stamp> stamp : new TreeMap<>(nowStamps).entrySet()) {
                    out.write(record(stamp(stamp.getKey(), stamp.getValue())));
                }
            }
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(aside);
        }
    }

    // A build killed while writing leaves its file aside; it was never renamed into place, so never read.
    private void clearLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(FILE + ".") && name.endsWith(".new")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static byte[] header() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        string(out, READER);
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] record(byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 12);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(payload.length);
        out.write(payload);
        out.writeLong(crc(payload));
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] page(String key, Entry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(PAGE);
        string(out, key);
        if (entry.page != null) {
            out.writeBoolean(entry.page.isPresent());
            if (entry.page.isPresent()) {
                Page p = entry.page.get();
                string(out, p.title());
                string(out, p.type());
                string(out, p.description());
                out.writeInt(p.sections().size());
                for (SectionText s : p.sections()) {
                    string(out, s.anchor());
                    string(out, s.heading());
                    string(out, s.body());
                }
            }
        } else {
            // As it was read: the same bytes.
            write(out, entry.pageBytes);
        }
        if (entry.blocksBytes != null) {
            write(out, entry.blocksBytes);
        } else {
            IncludedText.Blocks blocks = entry.blocks;
            out.writeBoolean(blocks != null);
            if (blocks != null) {
                out.writeInt(blocks.count());
                out.writeInt(blocks.number().length);
                for (int i = 0; i < blocks.number().length; i++) {
                    out.writeInt(blocks.number()[i]);
                    out.writeInt(blocks.section()[i]);
                    out.writeLong(blocks.hash()[2 * i]);
                    out.writeLong(blocks.hash()[2 * i + 1]);
                }
            }
        }
        out.writeBoolean(entry.found != null);
        if (entry.found != null) {
            out.writeInt(entry.dropped.length);
            for (int block : entry.dropped) {
                out.writeInt(block);
            }
            out.writeInt(entry.found.remaining());
            write(out, entry.found);
            out.writeBoolean(entry.fragment != null);
            if (entry.fragment != null) {
                out.writeInt(entry.placed.remaining());
                write(out, entry.placed);
                out.writeInt(entry.fragment.remaining());
                write(out, entry.fragment);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, ByteBuffer buffer) throws IOException {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        out.write(copy);
    }

    private static byte[] stamp(String sitePath, Stamp stamp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(STAMP);
        string(out, sitePath);
        string(out, stamp.stamp());
        string(out, stamp.key());
        out.flush();
        return bytes.toByteArray();
    }

    /** The records of a file, later ones over earlier ones. */
    private static final class Loaded {
        final Map<String, Entry> entries = new HashMap<>();
        final Map<String, Stamp> stamps = new HashMap<>();
        final Map<String, Integer> sizes = new HashMap<>();
        long appendAt = -1;
    }

    /** Reads the records that are whole and undamaged; stops where the file is cut short or garbled. */
    private static Loaded read(ByteBuffer in) {
        Loaded loaded = new Loaded();
        try {
            if (in.getInt() != MAGIC || !string(in).equals(READER)) {
                return loaded;
            }
            boolean whole = true;
            CRC32 crc = new CRC32();
            while (in.hasRemaining()) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining() - 8) {
                    whole = false;
                    break;
                }
                int start = in.position();
                crc.reset();
                crc.update(in.slice(start, length));
                if (in.getLong(start + length) == crc.getValue()) {
                    record(in.slice(start, length), length + 12, loaded);
                } else {
                    whole = false;
                }
                in.position(start + length + 8);
            }
            loaded.appendAt = whole ? in.limit() : -1;
        } catch (IOException | RuntimeException e) {
            // A garbled length or string ends the reading; what was read and checked before stands.
            loaded.appendAt = -1;
        }
        return loaded;
    }

    private static void record(ByteBuffer in, int size, Loaded loaded) throws IOException {
        byte kind = in.get();
        if (kind == STAMP) {
            String sitePath = string(in);
            loaded.stamps.put(sitePath, new Stamp(string(in), string(in)));
            loaded.sizes.put(STAMP + sitePath, size);
            return;
        }
        if (kind != PAGE) {
            throw new IOException("not a record");
        }
        String key = string(in);
        // Only walked here, so that a damaged record is known now; its strings are read when the page is used.
        int pageStart = in.position();
        if (in.get() != 0) {
            skipString(in);
            skipString(in);
            skipString(in);
            int count = count(in, 12);
            for (int i = 0; i < 3 * count; i++) {
                skipString(in);
            }
        }
        ByteBuffer pageBytes = in.slice(pageStart, in.position() - pageStart);
        int blocksStart = in.position();
        if (in.get() != 0) {
            in.getInt();
            int n = count(in, 24);
            in.position(in.position() + 24 * n);
        }
        ByteBuffer blocksBytes = in.slice(blocksStart, in.position() - blocksStart);
        int[] dropped = null;
        ByteBuffer found = null;
        ByteBuffer placed = null;
        ByteBuffer fragment = null;
        if (in.get() != 0) {
            dropped = new int[count(in, 4)];
            for (int i = 0; i < dropped.length; i++) {
                dropped[i] = in.getInt();
            }
            found = slice(in);
            if (in.get() != 0) {
                placed = slice(in);
                fragment = slice(in);
            }
        }
        if (in.hasRemaining()) {
            throw new IOException("not a record");
        }
        loaded.entries.put(key, new Entry(null, pageBytes, "", null, blocksBytes, dropped, found, placed, fragment));
        loaded.sizes.put(PAGE + key, size);
    }

    /** What {@link #page(String, Entry)} wrote of a page, from its presence on. */
    private static Optional<Page> readPage(ByteBuffer in, String path, boolean bodies) throws IOException {
        if (in.get() == 0) {
            return Optional.empty();
        }
        String title = string(in);
        String type = string(in);
        String description = string(in);
        int count = count(in, 12);
        List<SectionText> sections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String anchor = string(in);
            String heading = string(in);
            if (bodies) {
                sections.add(new SectionText(anchor, heading, string(in)));
            } else {
                skipString(in);
                sections.add(new SectionText(anchor, heading, ""));
            }
        }
        return Optional.of(new Page(path, title, type, description, List.copyOf(sections)));
    }

    private static IncludedText.Blocks readBlocks(ByteBuffer in) throws IOException {
        if (in.get() == 0) {
            return null;
        }
        int count = in.getInt();
        int n = count(in, 24);
        int[] number = new int[n];
        int[] section = new int[n];
        long[] hash = new long[2 * n];
        for (int i = 0; i < n; i++) {
            number[i] = in.getInt();
            section[i] = in.getInt();
            hash[2 * i] = in.getLong();
            hash[2 * i + 1] = in.getLong();
        }
        return new IncludedText.Blocks(count, number, section, hash);
    }

    private static void skipString(ByteBuffer in) throws IOException {
        int length = count(in, 1);
        in.position(in.position() + length);
    }

    private static long crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return crc.getValue();
    }
}
