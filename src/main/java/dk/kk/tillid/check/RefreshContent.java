package dk.kk.tillid.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The URL in {@code <meta http-equiv="refresh" content="5; url=x.html">}, parsed leniently as browsers do. */
final class RefreshContent {

    // The delay, an optional ';' or ',', an optional "url =", then the URL, maybe quoted.
    private static final Pattern REFRESH = Pattern.compile(
            "\\s*[0-9.]++\\s*[;,]?\\s*(?:[Uu][Rr][Ll]\\s*=\\s*)?(.*)", Pattern.DOTALL);

    private RefreshContent() {
    }

    /** The target, or empty when the page only reloads itself. */
    static Optional<String> url(String content) {
        Matcher refresh = REFRESH.matcher(content);
        if (!refresh.matches()) {
            return Optional.empty();
        }
        String url = refresh.group(1).strip();
        if (!url.isEmpty() && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
            int close = url.indexOf(url.charAt(0), 1);
            url = close < 0 ? url.substring(1) : url.substring(1, close);
        }
        return url.isEmpty() ? Optional.empty() : Optional.of(url);
    }
}
