package dk.kk.tillid.index;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Maps the spellings a Danish reader treats as the same letter onto one form:
 * the old "aa" for "å" (Ølgaard/Ølgård), and "ae"/"oe" typed on keyboards without æ/ø.
 * Other accents (é in "idé") are dropped, since readers rarely type them.
 */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** Lower case in compatibility form; the basis of both the term and the spelling mark. */
    static String lower(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(java.util.Locale.ROOT);
        }
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    }

    // Compound splitting folds every substring of every word: plain ASCII needs none of the Unicode work.
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }

    static String fold(String lower) {
        if (isAscii(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case 'å' -> out.append("aa");
                case 'æ', 'ä' -> out.append("ae");
                case 'ø', 'ö' -> out.append("oe");
                case 'ü' -> out.append("ue");
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        String decomposed = Normalizer.normalize(out, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /**
     * Records, for each letter pair that folding makes ambiguous, whether the writer used the Danish
     * letter ('1') or the two-letter spelling ('0'), so "Ølgård" can rank above "Ølgaard" for a reader
     * who typed "Ølgård". All-'0' is returned as "" because that is by far the most common case.
     */
    static String spellingMark(String lower) {
        StringBuilder mark = new StringBuilder();
        boolean special = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'å' || c == 'æ' || c == 'ø' || c == 'ä' || c == 'ö') {
                mark.append('1');
                special = true;
            } else if (i + 1 < lower.length() && isAsciiPair(c, lower.charAt(i + 1))) {
                mark.append('0');
                i++;
            }
        }
        return special ? mark.toString() : "";
    }

    private static boolean isAsciiPair(char first, char second) {
        return (first == 'a' && (second == 'a' || second == 'e')) || (first == 'o' && second == 'e');
    }
}
