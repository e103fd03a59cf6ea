package dk.kk.tillid.check;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a stylesheet in the charset its BOM or {@code @charset} rule names, UTF-8 otherwise, as CSS says. */
final class StylesheetText {

    private static final Pattern CHARSET_RULE = Pattern.compile("@charset \"([^\"]{1,40})\";");

    private StylesheetText() {
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String prelude = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1);
        Matcher rule = CHARSET_RULE.matcher(prelude);
        return new String(bytes, rule.lookingAt() ? charset(rule.group(1)) : StandardCharsets.UTF_8);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
