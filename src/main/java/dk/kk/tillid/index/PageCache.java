package dk.kk.tillid.index;

import dk.kk.tillid.cache.ToolFingerprint;

import dk.kk.tillid.files.Sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What the index read from each page in an earlier build, kept in one file under {@code target/}, so that a
 * page whose HTML has not changed is not parsed again. An entry is keyed by the SHA-256 of the page's bytes,
 * so a page counts as unchanged only when it is; the file starts with the version of the code that reads
 * pages, so another version of the tool reads everything again. The file is written aside and renamed into
 * place, and each entry carries a CRC-32: a truncated or damaged file loses only the entries it damaged,
 * which are read from the page again. What a page yields does not depend on where it came from, so the
 * index is the same with the cache, without it, and from a damaged one.
 */
final class PageCache {
    static final String FILE = "pages";
    private static final int MAGIC = 0x54535031;
    private static final String READER = ToolFingerprint.current();

    private final Path file;
    private final Map<String, Optional<Page>> earlier;
    private final Map<String, Optional<Page>> now = new ConcurrentHashMap<>();

    private PageCache(Path file, Map<String, Optional<Page>> earlier) {
        this.file = file;
        this.earlier = earlier;
    }

    /** The cache in {@code dir}, as far as it can be trusted; empty when there is none yet. */
    static PageCache in(Path dir) {
        Path file = dir.resolve(FILE);
        Map<String, Optional<Page>> entries = new TreeMap<>();
        try {
            readInto(Files.readAllBytes(file), entries);
        } catch (NoSuchFileException e) {
            // The first build, or one after mvn clean.
        } catch (IOException e) {
            entries.clear();
        }
        return new PageCache(file, entries);
    }

    /** The key of a page's bytes. */
    static String key(byte[] html) {
        return HexFormat.of().formatHex(Sha256.of(html));
    }

    /** What an earlier build read from a page with these bytes (empty inside: not indexed), or null. */
    Optional<Page> get(String key, String sitePath) {
        Optional<Page> page = earlier.get(key);
        if (page == null) {
            return null;
        }
        now.put(key, page);
        return page.map(p -> new Page(sitePath, p.title(), p.type(), p.description(), p.sections()));
    }

    void put(String key, Optional<Page> page) {
        now.put(key, page.map(p -> new Page("", p.title(), p.type(), p.description(), p.sections())));
    }

    /**
     * Keeps what this build read, and nothing of pages since changed or deleted. A cache that cannot be written
     * costs the next build time, never this one its result, so a failure to write is not an error.
     */
    void save() {
        if (now.keySet().equals(earlier.keySet())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            clearLeftovers();
            Path aside = Files.createTempFile(file.getParent(), FILE + ".", ".new");
            try {
                Files.write(aside, encode(new TreeMap<>(now)));
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException | UncheckedIOException e) {
            // See above: the next build reads the pages again.
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

    static byte[] encode(Map<String, Optional<Page>> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        string(out, READER);
        for (Map.Entry<String, Optional<Page>> entry : entries.entrySet()) {
            byte[] payload = payload(entry.getKey(), entry.getValue());
            out.writeInt(payload.length);
            out.write(payload);
            out.writeLong(crc(payload));
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static byte[] payload(String key, Optional<Page> page) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        string(out, key);
        out.writeBoolean(page.isPresent());
        if (page.isPresent()) {
            Page p = page.get();
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
        out.flush();
        return bytes.toByteArray();
    }

    /** Reads the entries that are whole and undamaged; stops where the file is cut short or garbled. */
    static void readInto(byte[] file, Map<String, Optional<Page>> entries) {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        try {
            if (in.readInt() != MAGIC || !string(in).equals(READER)) {
                return;
            }
            while (in.available() > 0) {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return;
                }
                byte[] payload = in.readNBytes(length);
                if (in.readLong() == crc(payload)) {
                    entry(payload, entries);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A garbled length or string ends the reading; what was read and checked before stands.
        }
    }

    private static void entry(byte[] payload, Map<String, Optional<Page>> entries) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        String key = string(in);
        if (!in.readBoolean()) {
            entries.put(key, Optional.empty());
            return;
        }
        String title = string(in);
        String type = string(in);
        String description = string(in);
        int count = in.readInt();
        List<SectionText> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(new SectionText(string(in), string(in), string(in)));
        }
        entries.put(key, Optional.of(new Page("", title, type, description, List.copyOf(sections))));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("cut short");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static long crc(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        return crc.getValue();
    }
}
