package dk.kk.tillid.pdf;

import dk.kk.tillid.cache.ToolFingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Laid-out PDFs kept between builds, one file per PDF named by the hash of everything its layout reads: the
 * print document's HTML as handed to openhtmltopdf (print.css is inlined in it; relative image addresses do
 * not resolve against its base {@code about:blank}, so no image file is read), the dates written into the
 * document information, and {@link ToolFingerprint#current()}, which covers this code, openhtmltopdf, PDFBox
 * and the fonts of {@code openpdf-fonts-extra}, all read from the class path.
 */
final class PdfCache {
    private static final byte[] MAGIC = "TILLID-PDF-CACHE 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM = 32;
    private static final String SUFFIX = ".pdf.bin";

    private final Path folder;

    PdfCache(Path folder) {
        this.folder = folder;
    }

    /** @param tool {@link ToolFingerprint#current()}, for entries read by another process */
    static String key(PrintDocument document, String tool) {
        MessageDigest digest = sha256();
        for (String part : new String[] {tool, String.valueOf(document.created().orElse(null)),
                String.valueOf(document.modified().orElse(null)), document.source()}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                    (byte) (bytes.length >>> 8), (byte) bytes.length});
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The PDF kept under this key, unless there is none or it is cut short or altered. */
    Optional<byte[]> get(String key) {
        byte[] all;
        try {
            all = Files.readAllBytes(folder.resolve(key + SUFFIX));
        } catch (IOException e) {
            return Optional.empty();
        }
        int start = MAGIC.length;
        int end = all.length - CHECKSUM;
        if (end < start || !Arrays.equals(all, 0, start, MAGIC, 0, start)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        digest.update(all, 0, end);
        if (!Arrays.equals(digest.digest(), 0, CHECKSUM, all, end, all.length)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(all, start, end));
    }

    /** Writes aside and moves into place, so that a build killed while writing leaves no entry, not a broken one. */
    void put(String key, byte[] pdf) throws IOException {
        Files.createDirectories(folder);
        MessageDigest digest = sha256();
        digest.update(MAGIC);
        digest.update(pdf);
        Path temporary = Files.createTempFile(folder, key, ".tmp");
        try {
            try (var out = Files.newOutputStream(temporary)) {
                out.write(MAGIC);
                out.write(pdf);
                out.write(digest.digest());
            }
            Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes the entries (and leftovers of killed writes) of PDFs the site no longer has; {@link PdfRecord}'s file stays. */
    void keepOnly(Set<String> keys) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.equals(PdfRecord.FILE)
                        && !(name.endsWith(SUFFIX) && keys.contains(name.substring(0, name.length() - SUFFIX.length())))) {
                    Files.deleteIfExists(entry);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
