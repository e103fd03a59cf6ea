package dk.kk.tillid.check;

import dk.kk.tillid.cache.ToolFingerprint;

import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.problem.SourceLocation;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The link check's parses and outcomes on disk: one file, written aside and moved into place, so that a reader,
 * or a build killed while writing, never sees half of one. It starts with a format line and the fingerprint of
 * the tool that wrote it (another version may parse differently) and ends with a CRC-32C of everything before
 * it; a file that is cut short, altered, or another version's is not used at all, and the pages are parsed again.
 * Plain data rather than Java serialization, which would make reading a file under target/ run code.
 * <p>
 * Each page's parse and the targets of its outcome are stored as a block of their own, decoded only when the
 * check asks for them, and copied byte for byte into the next file when unchanged: at 10,000 pages the file is
 * about 60 MB, and a next build needs a few of its pages. A CRC rather than SHA-256, which the quick compiler
 * the build runs under computes at a tenth of the speed; it guards against damage, not against an attacker who
 * can write into target/ anyway.
 */
final class ScanCacheFile {
    private static final byte[] FORMAT = "tillid-site link-check parses 3\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST = 32;
    private static final int CHECKSUM = 4;
    private static final String TOOL = ToolFingerprint.current();

    /** What the file holds: the pages, and the site's entries and served path their outcomes were resolved against. */
    record Contents(Map<String, ScanCache.Scanned> pages, Set<String> listing, String servedPath) {
        static final Contents NONE = new Contents(Map.of(), null, null);
    }

    private ScanCacheFile() {
    }

    /** What {@code file} holds, or nothing when it is missing, damaged or another version's. */
    static Contents read(Path file) {
        return read(file, TOOL);
    }

    static Contents read(Path file, String tool) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int body = bytes.length - CHECKSUM;
            if (body < FORMAT.length || !Arrays.equals(bytes, 0, FORMAT.length, FORMAT, 0, FORMAT.length)) {
                return Contents.NONE;
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, body);
            if ((int) crc.getValue() != new Cursor(bytes, body, bytes.length).readInt()) {
                return Contents.NONE;
            }
            Cursor in = new Cursor(bytes, FORMAT.length, body);
            if (!in.text().equals(tool)) {
                return Contents.NONE;
            }
            String servedPath = in.text();
            Set<String> listing = new HashSet<>(in.texts());
            int count = in.readInt();
            Map<String, ScanCache.Scanned> pages = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.text();
                byte[] pageDigest = in.bytes(DIGEST);
                String stamp = in.readBoolean() ? in.text() : null;
                ScanCache.Outcome outcome = null;
                if (in.readBoolean()) {
                    int references = in.readInt();
                    int externals = in.readInt();
                    List<String> stylesheets = in.texts();
                    outcome = new ScanCache.Outcome(references, externals, stylesheets,
                            new Block<>(bytes, in.block(), Block::targets));
                }
                Block<ScannedPage> page = new Block<>(bytes, in.block(), Block::page);
                pages.put(name, new ScanCache.Scanned(pageDigest, stamp, page, outcome));
            }
            if (in.position != body) {
                return Contents.NONE;
            }
            return new Contents(pages, listing, servedPath);
        } catch (IOException | RuntimeException e) {
            // Missing or unreadable: parsed again, as for a first build.
            return Contents.NONE;
        }
    }

    /** @return whether the file now holds {@code contents} */
    static boolean write(Path file, Contents contents) {
        return write(file, contents, TOOL);
    }

    static boolean write(Path file, Contents contents, String tool) {
        Path aside = null;
        try {
            Files.createDirectories(file.getParent());
            aside = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            CRC32C crc = new CRC32C();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(aside), 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(stream, crc));
                out.write(FORMAT);
                text(out, tool);
                text(out, contents.servedPath());
                texts(out, new TreeSet<>(contents.listing()));
                out.writeInt(contents.pages().size());
                for (Map.Entry<String, ScanCache.Scanned> entry : new TreeMap<>(contents.pages()).entrySet()) {
                    ScanCache.Scanned scanned = entry.getValue();
                    text(out, entry.getKey());
                    out.write(scanned.digest());
                    out.writeBoolean(scanned.stamp() != null);
                    if (scanned.stamp() != null) {
                        text(out, scanned.stamp());
                    }
                    ScanCache.Outcome outcome = scanned.outcome();
                    out.writeBoolean(outcome != null);
                    if (outcome != null) {
                        out.writeInt(outcome.references());
                        out.writeInt(outcome.externals());
                        texts(out, outcome.stylesheets());
                        block(out, outcome.targets(), targets -> encoded(o -> texts(o, new TreeSet<>(targets))));
                    }
                    block(out, scanned.page(), page -> encoded(o -> page(o, page)));
                }
                out.flush();
                stream.write(new byte[] {(byte) (crc.getValue() >>> 24), (byte) (crc.getValue() >>> 16),
                        (byte) (crc.getValue() >>> 8), (byte) crc.getValue()});
            }
            try {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            if (aside != null) {
                try {
                    Files.deleteIfExists(aside);
                } catch (IOException ignored) {
                    // A stray temporary file is never read: it does not have the cache's name.
                }
            }
            return false;
        }
    }

    /** A block read from the file is copied as it is; anything else is encoded. */
    private static <T> void block(DataOutputStream out, Supplier<T> value, Function<T, byte[]> encode) throws IOException {
        if (value instanceof Block<?> block) {
            out.writeInt(block.length);
            out.write(block.bytes, block.offset, block.length);
        } else {
            byte[] bytes = encode.apply(value.get());
            out.writeInt(bytes.length);
            out.write(bytes);
        }
    }

    private interface Encoder {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] encoded(Encoder encoder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encoder.to(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** Part of a file already checked whole, decoded at most once, when first asked for. */
    private static final class Block<T> implements Supplier<T> {
        private final byte[] bytes;
        private final int offset;
        private final int length;
        private final Function<Cursor, T> decode;
        private volatile T value;

        Block(byte[] bytes, int[] offsetAndLength, Function<Cursor, T> decode) {
            this.bytes = bytes;
            this.offset = offsetAndLength[0];
            this.length = offsetAndLength[1];
            this.decode = decode;
        }

        @Override
        public T get() {
            T decoded = value;
            if (decoded == null) {
                decoded = decode.apply(new Cursor(bytes, offset, offset + length));
                value = decoded;
            }
            return decoded;
        }

        static Set<String> targets(Cursor in) {
            return Set.copyOf(in.texts());
        }

        static ScannedPage page(Cursor in) {
            String file = in.text();
            Optional<String> baseHref = in.readBoolean() ? Optional.of(in.text()) : Optional.empty();
            Set<String> anchors = Set.copyOf(in.texts());
            Set<String> maps = Set.copyOf(in.texts());
            boolean redirects = in.readBoolean();
            int referenceCount = in.count();
            List<Reference> references = new ArrayList<>(referenceCount);
            for (int i = 0; i < referenceCount; i++) {
                references.add(new Reference(in.text(), in.readInt(), in.text(), Reference.Usage.valueOf(in.text())));
            }
            int findingCount = in.count();
            List<Finding> findings = new ArrayList<>(findingCount);
            for (int i = 0; i < findingCount; i++) {
                String page = in.text();
                int line = in.readInt();
                String value = in.text();
                Severity severity = Severity.valueOf(in.text());
                String kind = in.text();
                String message = in.text();
                SourceLocation source = in.readBoolean() ? new SourceLocation(in.text(), in.readInt()) : null;
                findings.add(new Finding(page, line, value, severity, kind, message, source));
            }
            return new ScannedPage(file, baseHref, anchors, maps, redirects, List.copyOf(references), List.copyOf(findings));
        }
    }

    private static void page(DataOutputStream out, ScannedPage page) throws IOException {
        text(out, page.file());
        out.writeBoolean(page.baseHref().isPresent());
        if (page.baseHref().isPresent()) {
            text(out, page.baseHref().get());
        }
        texts(out, page.anchors());
        texts(out, page.maps());
        out.writeBoolean(page.redirects());
        out.writeInt(page.references().size());
        for (Reference reference : page.references()) {
            text(out, reference.value());
            out.writeInt(reference.line());
            text(out, reference.attribute());
            text(out, reference.usage().name());
        }
        out.writeInt(page.findings().size());
        for (Finding finding : page.findings()) {
            text(out, finding.file());
            out.writeInt(finding.line());
            text(out, finding.value());
            text(out, finding.severity().name());
            text(out, finding.kind());
            text(out, finding.message());
            out.writeBoolean(finding.source() != null);
            if (finding.source() != null) {
                text(out, finding.source().file());
                out.writeInt(finding.source().line());
            }
        }
    }

    private static void texts(DataOutputStream out, Collection<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    /** Length and UTF-8 bytes: writeUTF stops at 64 KB, which an attribute value may exceed. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads big-endian data from part of an array, never beyond it. */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int position;

        Cursor(byte[] bytes, int start, int end) {
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        int readInt() {
            need(4);
            int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
                    | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
            position += 4;
            return value;
        }

        /** A count of what follows, each at least one byte. */
        int count() {
            int count = readInt();
            if (count < 0 || count > end - position) {
                throw new IllegalStateException("count beyond the file");
            }
            return count;
        }

        boolean readBoolean() {
            need(1);
            return bytes[position++] != 0;
        }

        byte[] bytes(int length) {
            need(length);
            byte[] copy = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return copy;
        }

        String text() {
            int length = readInt();
            need(length);
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        List<String> texts() {
            int count = count();
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(text());
            }
            return texts;
        }

        /** A length-prefixed block's offset and length, skipped. */
        int[] block() {
            int length = readInt();
            need(length);
            int[] block = {position, length};
            position += length;
            return block;
        }

        private void need(int length) {
            if (length < 0 || length > end - position) {
                throw new IllegalStateException("length beyond the file");
            }
        }
    }
}
