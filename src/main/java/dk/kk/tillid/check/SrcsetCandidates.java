package dk.kk.tillid.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs in a {@code srcset}, split as the HTML standard does: a URL may itself contain commas, and
 * descriptors end at a comma outside parentheses.
 */
final class SrcsetCandidates {

    private SrcsetCandidates() {
    }

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int at = 0;
        int length = srcset.length();
        while (true) {
            while (at < length && (isSpace(srcset.charAt(at)) || srcset.charAt(at) == ',')) {
                at++;
            }
            if (at >= length) {
                return urls;
            }
            int start = at;
            while (at < length && !isSpace(srcset.charAt(at))) {
                at++;
            }
            String url = srcset.substring(start, at);
            if (url.endsWith(",")) {
                urls.add(url.replaceFirst(",+$", ""));
                continue;
            }
            urls.add(url);
            at = skipDescriptors(srcset, at);
        }
    }

    private static int skipDescriptors(String srcset, int at) {
        boolean inParentheses = false;
        for (; at < srcset.length(); at++) {
            char c = srcset.charAt(at);
            if (c == '(') {
                inParentheses = true;
            } else if (c == ')') {
                inParentheses = false;
            } else if (c == ',' && !inParentheses) {
                return at + 1;
            }
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
