package dk.kk.tillid.pdf;

import dk.kk.tillid.files.AtomicFile;
import dk.kk.tillid.files.Sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the last pdf stage saw, so that the next one reads and lays out only what changed: each page of the site
 * by its file's stamp (size, modification time, file key) and whether it asks for a PDF, and each PDF's inputs
 * (the bytes of the pages it prints, where it goes, and the tool) by the hash that names its laid-out entry in
 * {@link PdfCache}. A page with the same stamp that asked for nothing is not read; a PDF whose pages are byte for
 * byte the same is not made into a print document again. Ends with the SHA-256 of everything before it; a file
 * cut short, altered or another version's is not used.
 *
 * @param pages    site page to its stamp (null when it could not be trusted) and whether it asks for a PDF
 * @param editions hash of a PDF's inputs, as {@link #inputs} gives it, to its {@link PdfCache#key}
 */
record PdfRecord(Map<String, Page> pages, Map<String, String> editions) {
    static final String FILE = "pages.bin";
    private static final String FORMAT = "tillid-site pdf record 1";
    private static final int DIGEST = 32;

    static final PdfRecord NONE = new PdfRecord(Map.of(), Map.of());

    record Page(String stamp, boolean asks) {
    }

    /** Whether {@code page}, whose file now has {@code stamp}, is known to ask for no PDF without reading it. */
    boolean asksNothing(String page, String stamp) {
        Page before = pages.get(page);
        return stamp != null && before != null && !before.asks() && stamp.equals(before.stamp());
    }

    /** The hash of everything a print document is made from: the tool, where the PDF goes, and its pages' bytes. */
    static String inputs(String tool, String pdf, Iterable<String> parts, Map<String, byte[]> bytes) {
        MessageDigest digest = Sha256.digest();
        update(digest, tool.getBytes(StandardCharsets.UTF_8));
        update(digest, pdf.getBytes(StandardCharsets.UTF_8));
        for (String part : parts) {
            update(digest, part.getBytes(StandardCharsets.UTF_8));
            update(digest, bytes.get(part));
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, byte[] bytes) {
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
    }

    static PdfRecord read(Path file, String tool) {
        try {
            byte[] all = Files.readAllBytes(file);
            int body = all.length - DIGEST;
            if (body < 0 || !MessageDigest.isEqual(Arrays.copyOfRange(all, body, all.length),
                    Sha256.digest().digest(Arrays.copyOf(all, body)))) {
                return NONE;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, body));
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(tool)) {
                return NONE;
            }
            Map<String, Page> pages = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String page = in.readUTF();
                String stamp = in.readBoolean() ? in.readUTF() : null;
                pages.put(page, new Page(stamp, in.readBoolean()));
            }
            Map<String, String> editions = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                editions.put(in.readUTF(), in.readUTF());
            }
            return new PdfRecord(pages, editions);
        } catch (IOException | RuntimeException e) {
            // Missing or damaged: every page is read, as in a first build.
            return NONE;
        }
    }

    /** Written aside and moved into place; one that cannot be written costs the next build some reading only. */
    void write(Path file, String tool) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(FORMAT);
                out.writeUTF(tool);
                out.writeInt(pages.size());
                for (Map.Entry<String, Page> page : new TreeMap<>(pages).entrySet()) {
                    out.writeUTF(page.getKey());
                    out.writeBoolean(page.getValue().stamp() != null);
                    if (page.getValue().stamp() != null) {
                        out.writeUTF(page.getValue().stamp());
                    }
                    out.writeBoolean(page.getValue().asks());
                }
                out.writeInt(editions.size());
                for (Map.Entry<String, String> edition : new TreeMap<>(editions).entrySet()) {
                    out.writeUTF(edition.getKey());
                    out.writeUTF(edition.getValue());
                }
                out.write(Sha256.digest().digest(bytes.toByteArray()));
            }
            AtomicFile.replace(file, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // The next build reads every page and makes every print document again, as without a record.
        }
    }
}
