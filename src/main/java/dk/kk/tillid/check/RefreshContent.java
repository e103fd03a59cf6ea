package dk.kk.tillid.check;

import java.util.Optional;

/**
 * The {@code content} of {@code <meta http-equiv="refresh">}, read by the HTML standard's shared declarative
 * refresh steps (by hand: no library the project uses implements them), which ignore the whole element when the
 * delay is malformed.
 *
 * @param url       the target, or null when the page only reloads itself or the refresh is ignored
 * @param malformed why a browser ignores the refresh, in Danish, or null when it does not
 */
record RefreshContent(String url, String malformed) {

    static RefreshContent parse(String content) {
        int at = skipSpace(content, 0);
        int delayStart = at;
        while (at < content.length() && isDigit(content.charAt(at))) {
            at++;
        }
        if (at == delayStart && (at >= content.length() || content.charAt(at) != '.')) {
            return ignored(content.isBlank()
                    ? "content er tom"
                    : "content begynder ikke med et antal sekunder");
        }
        while (at < content.length() && (isDigit(content.charAt(at)) || content.charAt(at) == '.')) {
            at++;
        }
        if (at < content.length()) {
            char next = content.charAt(at);
            if (next != ';' && next != ',' && !isSpace(next)) {
                return ignored("forsinkelsen \"" + content.substring(delayStart, delayEnd(content, at)) + "\" er ikke et antal sekunder");
            }
            at = skipSpace(content, at);
            if (at < content.length() && (content.charAt(at) == ';' || content.charAt(at) == ',')) {
                at = skipSpace(content, at + 1);
            }
        }
        return new RefreshContent(urlFrom(content, at), null);
    }

    /** The target, or empty when the page only reloads itself or a browser ignores the refresh. */
    static Optional<String> url(String content) {
        return Optional.ofNullable(parse(content).url());
    }

    private static RefreshContent ignored(String why) {
        return new RefreshContent(null, why);
    }

    private static String urlFrom(String content, int start) {
        int at = start;
        if (matchesUrlEquals(content, at)) {
            at = skipSpace(content, skipSpace(content, at + 3) + 1);
        }
        String url = content.substring(at);
        if (!url.isEmpty() && (url.charAt(0) == '"' || url.charAt(0) == '\'')) {
            int close = url.indexOf(url.charAt(0), 1);
            url = close < 0 ? url.substring(1) : url.substring(1, close);
        }
        return url.isEmpty() ? null : url;
    }

    /** Whether {@code url =} starts at {@code at}; without the '=' the word is part of the URL. */
    private static boolean matchesUrlEquals(String content, int at) {
        if (!content.regionMatches(true, at, "url", 0, 3)) {
            return false;
        }
        int equals = skipSpace(content, at + 3);
        return equals < content.length() && content.charAt(equals) == '=';
    }

    private static int delayEnd(String content, int from) {
        int at = from;
        while (at < content.length() && content.charAt(at) != ';' && content.charAt(at) != ',' && !isSpace(content.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int skipSpace(String content, int from) {
        int at = from;
        while (at < content.length() && isSpace(content.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII whitespace as the HTML standard defines it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
