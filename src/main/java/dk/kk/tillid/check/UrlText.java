package dk.kk.tillid.check;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what an editor may write in an href into something {@link java.net.URI} accepts, as a browser does. */
final class UrlText {

    private static final String HEX = "0123456789ABCDEF";
    private static final Pattern AUTHORITY = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]*");

    private UrlText() {
    }

    /**
     * Percent-encodes, as UTF-8, what {@link java.net.URI} rejects but browsers encode silently: spaces,
     * non-ASCII, a few ASCII symbols, a '%' that does not start an escape, a second '#', and brackets outside
     * the host.
     */
    static String escapeForUri(String url) {
        int hostEnd = hostEnd(url);
        boolean inFragment = false;
        StringBuilder escaped = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); ) {
            int c = url.codePointAt(i);
            boolean keep = c > ' ' && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0
                    && (c != '%' || startsEscape(url, i))
                    && (c != '#' || !inFragment)
                    && ((c != '[' && c != ']') || i < hostEnd);
            inFragment |= c == '#';
            if (keep) {
                escaped.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(HEX.charAt(b >> 4 & 0xf)).append(HEX.charAt(b & 0xf));
                }
            }
            i += Character.charCount(c);
        }
        return escaped.toString();
    }

    /** Index just past the authority of {@code scheme://authority/…}, or 0 when there is none. */
    private static int hostEnd(String url) {
        Matcher authority = AUTHORITY.matcher(url);
        return authority.lookingAt() ? authority.end() : 0;
    }

    private static boolean startsEscape(String url, int at) {
        return at + 2 < url.length() && Character.digit(url.charAt(at + 1), 16) >= 0 && Character.digit(url.charAt(at + 2), 16) >= 0;
    }
}
