package dk.kk.tillid.check;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page in the charset it declares, as the HTML standard's prescan finds it: a byte order mark, then
 * {@code <meta charset>} or {@code <meta http-equiv="content-type" content="…; charset=…">}; UTF-8 otherwise.
 */
final class PageText {

    /** Larger than the standard's 1024 bytes: browsers still switch when they meet a later meta, so we look further. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    /** The encoding standard maps these labels to windows-1252, which browsers use for them. */
    private static final Set<String> WINDOWS_1252_LABELS = Set.of(
            "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "windows-1252");

    private PageText() {
    }

    static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, declaredCharset(bytes));
    }

    private static Charset declaredCharset(byte[] bytes) {
        String prelude = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(prelude);
        if (!meta.find()) {
            return StandardCharsets.UTF_8;
        }
        String label = meta.group(1).toLowerCase(Locale.ROOT);
        if (WINDOWS_1252_LABELS.contains(label)) {
            return Charset.forName("windows-1252");
        }
        // A page read as bytes cannot be UTF-16 without a byte order mark; the standard reads it as UTF-8.
        if (label.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
