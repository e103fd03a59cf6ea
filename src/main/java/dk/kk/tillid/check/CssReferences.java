package dk.kk.tillid.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code url()} and {@code @import} references in CSS text. It tokenizes just enough of CSS that
 * comments and strings hide what looks like a URL, and unescapes URLs as CSS does.
 */
final class CssReferences {

    /** @param lineOffset 0-based line of the URL within the CSS text */
    record CssUrl(String url, int lineOffset, boolean isImport) {

        /** An imported stylesheet gets checked in turn, so it is a stylesheet reference. */
        Reference toReference(int line) {
            return isImport
                    ? new Reference(url, line, "@import", Reference.Usage.STYLESHEET)
                    : new Reference(url, line, "url()", Reference.Usage.PLAIN);
        }
    }

    private final String css;
    private final List<CssUrl> found = new ArrayList<>();
    private int at;
    private int line;

    private CssReferences(String css) {
        this.css = css;
    }

    static List<CssUrl> in(String css) {
        CssReferences scanner = new CssReferences(css);
        scanner.scan();
        return scanner.found;
    }

    private void scan() {
        while (at < css.length()) {
            char c = css.charAt(at);
            if (startsWith("/*")) {
                skipComment();
            } else if (c == '"' || c == '\'') {
                readString();
            } else if (c == '\\') {
                advance(2);
            } else if (c == '@' && startsWithIgnoreCase("@import") && !isNameChar(at + 7)) {
                advance(7);
                readImport();
            } else if (startsWithIgnoreCase("url(") && !isNameChar(at - 1)) {
                advance(4);
                readUrl(false);
            } else {
                advance(1);
            }
        }
    }

    private void readImport() {
        skipWhitespaceAndComments();
        if (at >= css.length()) {
            return;
        }
        char c = css.charAt(at);
        if (c == '"' || c == '\'') {
            int startLine = line;
            found.add(new CssUrl(readString(), startLine, true));
        } else if (startsWithIgnoreCase("url(")) {
            advance(4);
            readUrl(true);
        }
    }

    /** After {@code url(}: a quoted string or an unquoted URL token, up to the closing parenthesis. */
    private void readUrl(boolean isImport) {
        skipWhitespace();
        int startLine = line;
        if (at < css.length() && (css.charAt(at) == '"' || css.charAt(at) == '\'')) {
            found.add(new CssUrl(readString(), startLine, isImport));
            return;
        }
        StringBuilder url = new StringBuilder();
        while (at < css.length() && css.charAt(at) != ')') {
            char c = css.charAt(at);
            if (c == '\\' && at + 1 < css.length()) {
                advance(1);
                url.appendCodePoint(readEscape());
            } else {
                url.append(c);
                advance(1);
            }
        }
        found.add(new CssUrl(url.toString().strip(), startLine, isImport));
    }

    private String readString() {
        char quote = css.charAt(at);
        advance(1);
        StringBuilder text = new StringBuilder();
        while (at < css.length()) {
            char c = css.charAt(at);
            if (c == quote) {
                advance(1);
                break;
            }
            if (c == '\\' && at + 1 < css.length()) {
                advance(1);
                if (isNewline(css.charAt(at))) {
                    advance(css.startsWith("\r\n", at) ? 2 : 1);
                } else {
                    text.appendCodePoint(readEscape());
                }
            } else if (isNewline(c)) {
                break;
            } else {
                text.append(c);
                advance(1);
            }
        }
        return text.toString();
    }

    /** After a backslash: up to six hex digits and one optional whitespace, or the next character itself. */
    private int readEscape() {
        int end = at;
        while (end < css.length() && end - at < 6 && Character.digit(css.charAt(end), 16) >= 0) {
            end++;
        }
        if (end == at) {
            int c = css.codePointAt(at);
            advance(Character.charCount(c));
            return c;
        }
        int codePoint = Integer.parseInt(css, at, end, 16);
        advance(end - at);
        if (at < css.length() && Character.isWhitespace(css.charAt(at))) {
            advance(css.startsWith("\r\n", at) ? 2 : 1);
        }
        return codePoint == 0 || codePoint > Character.MAX_CODE_POINT || Character.isSurrogate((char) codePoint)
                ? 0xFFFD : codePoint;
    }

    private void skipComment() {
        int end = css.indexOf("*/", at + 2);
        advance((end < 0 ? css.length() : end + 2) - at);
    }

    private void skipWhitespace() {
        while (at < css.length() && Character.isWhitespace(css.charAt(at))) {
            advance(1);
        }
    }

    private void skipWhitespaceAndComments() {
        skipWhitespace();
        while (startsWith("/*")) {
            skipComment();
            skipWhitespace();
        }
    }

    /** Moves on, counting lines as CSS does: CRLF, CR and FF each end one. */
    private void advance(int count) {
        int end = Math.min(at + count, css.length());
        for (; at < end; at++) {
            char c = css.charAt(at);
            if (c == '\n' || c == '\f' || (c == '\r' && !css.startsWith("\r\n", at))) {
                line++;
            }
        }
    }

    private boolean startsWith(String text) {
        return css.startsWith(text, at);
    }

    private boolean startsWithIgnoreCase(String text) {
        return css.regionMatches(true, at, text, 0, text.length());
    }

    private boolean isNameChar(int index) {
        if (index < 0 || index >= css.length()) {
            return false;
        }
        char c = css.charAt(index);
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '\\';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r' || c == '\f';
    }
}
