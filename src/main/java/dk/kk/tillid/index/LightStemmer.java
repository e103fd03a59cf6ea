package dk.kk.tillid.index;

import java.util.List;

/**
 * Removes only inflection endings (definite, plural and their genitives), never derivation
 * endings such as "-else": the Snowball stemmer's "led" for ledelse, leder and led is what we avoid.
 * A stem must keep four letters, which is what keeps "leder" apart from "led". A bare "-es" is left
 * alone: it ends "proces" itself, and cutting it would part "proces" from "processen".
 */
final class LightStemmer {
    private static final List<String> ENDINGS_LONGEST_FIRST = List.of(
            "ernes", "erne", "enes", "ene", "ens", "ets", "ere", "ers", "er", "en", "et", "e");
    private static final int MIN_STEM = 4;

    private LightStemmer() {
    }

    /**
     * Expects a folded word of the letters a-z only. The folded pairs aa/ae/oe are stemmed as the one
     * letter they stand for, so "gennemføre" and "gennemfører" meet at "gennemfoer" rather than the
     * "-ere" of "gennemfoere" being cut.
     */
    static String stem(String folded) {
        String word = contract(folded);
        String stem = word;
        for (String ending : ENDINGS_LONGEST_FIRST) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                stem = word.substring(0, word.length() - ending.length());
                break;
            }
        }
        return expand(undouble(stem));
    }

    // "processen" and "proces" must meet: the definite form doubles the final consonant.
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 4 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean isVowel(char c) {
        return "aeiouyæøå".indexOf(c) >= 0;
    }

    private static String contract(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
            if (c == 'a' && next == 'a') {
                out.append('å');
                i++;
            } else if (c == 'a' && next == 'e') {
                out.append('æ');
                i++;
            } else if (c == 'o' && next == 'e') {
                out.append('ø');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String expand(String word) {
        return word.replace("å", "aa").replace("æ", "ae").replace("ø", "oe");
    }
}
