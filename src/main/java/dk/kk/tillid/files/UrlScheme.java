package dk.kk.tillid.files;

import java.util.Locale;
import java.util.Optional;

/**
 * The scheme of a URL as a browser sees it in an attribute: the link checker resolves links with it, and the
 * bake judges raw HTML with it, so both read {@code &#1;java&#x09;script:} as {@code javascript:}.
 */
public final class UrlScheme {

    private UrlScheme() {
    }

    /** What the URL standard does to an attribute value before parsing it: trim C0 controls and spaces, drop tabs and newlines. */
    public static String clean(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && value.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder cleaned = null;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            boolean dropped = c == '\t' || c == '\n' || c == '\r';
            if (dropped && cleaned == null) {
                cleaned = new StringBuilder(value.substring(start, i));
            } else if (!dropped && cleaned != null) {
                cleaned.append(c);
            }
        }
        return cleaned != null ? cleaned.toString() : value.substring(start, end);
    }

    /** The lower-case scheme of an absolute URL, if it has one. */
    public static Optional<String> scheme(String cleaned) {
        if (cleaned.isEmpty() || !isAsciiLetter(cleaned.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 1; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (c == ':') {
                return Optional.of(cleaned.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The scheme of a decoded attribute value (character references already resolved) after the cleaning above;
     * empty for a relative URL.
     */
    public static Optional<String> of(String attributeValue) {
        return scheme(clean(attributeValue));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
