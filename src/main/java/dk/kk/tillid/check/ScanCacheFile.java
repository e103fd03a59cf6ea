package dk.kk.tillid.check;

import dk.kk.tillid.cache.ToolFingerprint;

import dk.kk.tillid.files.Sha256;
import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.problem.SourceLocation;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The link check's parses on disk: one file, written aside and moved into place, so that a reader, or a build
 * killed while writing, never sees half of one. It starts with a format line and the fingerprint of the tool
 * that wrote it (another version may parse differently) and ends with the SHA-256 of everything before it;
 * a file that is cut short, altered, or another version's is not used at all, and the pages are parsed again.
 * Plain data streams rather than Java serialization, which would make reading a file under target/ run code.
 */
final class ScanCacheFile {
    private static final byte[] FORMAT = "tillid-site link-check parses 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int DIGEST = 32;
    private static final String TOOL = ToolFingerprint.current();

    private ScanCacheFile() {
    }

    /** What {@code file} holds, or nothing when it is missing, damaged or another version's. */
    static Map<String, ScanCache.Scanned> read(Path file) {
        return read(file, TOOL);
    }

    static Map<String, ScanCache.Scanned> read(Path file, String tool) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int body = bytes.length - DIGEST;
            if (body < FORMAT.length || !Arrays.equals(bytes, 0, FORMAT.length, FORMAT, 0, FORMAT.length)) {
                return Map.of();
            }
            MessageDigest digest = Sha256.digest();
            digest.update(bytes, 0, body);
            if (!MessageDigest.isEqual(digest.digest(), Arrays.copyOfRange(bytes, body, bytes.length))) {
                return Map.of();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, FORMAT.length, body - FORMAT.length));
            if (!text(in).equals(tool)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, ScanCache.Scanned> pages = new HashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] pageDigest = in.readNBytes(DIGEST);
                String stamp = in.readBoolean() ? text(in) : null;
                ScannedPage page = page(in);
                pages.put(page.file(), new ScanCache.Scanned(pageDigest, stamp, page));
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            // Missing or unreadable: parsed again, as for a first build.
            return Map.of();
        }
    }

    /** @return whether the file now holds {@code pages} */
    static boolean write(Path file, Map<String, ScanCache.Scanned> pages) {
        return write(file, pages, TOOL);
    }

    static boolean write(Path file, Map<String, ScanCache.Scanned> pages, String tool) {
        Path aside = null;
        try {
            Files.createDirectories(file.getParent());
            aside = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            // Streamed to the file through the digest: at 3000 pages the file is 18 MB, and the check runs
            // beside the search index, the build's largest user of memory.
            MessageDigest digest = Sha256.digest();
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(aside), 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new DigestOutputStream(stream, digest));
                out.write(FORMAT);
                text(out, tool);
                out.writeInt(pages.size());
                for (ScanCache.Scanned scanned : new TreeMap<>(pages).values()) {
                    out.write(scanned.digest());
                    out.writeBoolean(scanned.stamp() != null);
                    if (scanned.stamp() != null) {
                        text(out, scanned.stamp());
                    }
                    page(out, scanned.page());
                }
                out.flush();
                stream.write(digest.digest());
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

    private static ScannedPage page(DataInputStream in) throws IOException {
        String file = text(in);
        Optional<String> baseHref = in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
        Set<String> anchors = Set.copyOf(texts(in));
        Set<String> maps = Set.copyOf(texts(in));
        boolean redirects = in.readBoolean();
        int referenceCount = in.readInt();
        List<Reference> references = new ArrayList<>(referenceCount);
        for (int i = 0; i < referenceCount; i++) {
            references.add(new Reference(text(in), in.readInt(), text(in), Reference.Usage.valueOf(text(in))));
        }
        int findingCount = in.readInt();
        List<Finding> findings = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            String page = text(in);
            int line = in.readInt();
            String value = text(in);
            Severity severity = Severity.valueOf(text(in));
            String kind = text(in);
            String message = text(in);
            SourceLocation source = in.readBoolean() ? new SourceLocation(text(in), in.readInt()) : null;
            findings.add(new Finding(page, line, value, severity, kind, message, source));
        }
        return new ScannedPage(file, baseHref, anchors, maps, redirects, List.copyOf(references), List.copyOf(findings));
    }

    private static void texts(DataOutputStream out, Set<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    /** Length and UTF-8 bytes: writeUTF stops at 64 KB, which an attribute value may exceed. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("length beyond the file");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
