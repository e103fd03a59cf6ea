package dk.kk.tillid.index;

import java.util.ArrayList;
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
    static final int MIN_STEM = 4;
    private static final List<String> A_ENDINGS = List.of("enes", "ene", "ens", "en");

    private LightStemmer() {
    }

    /**
     * Expects a folded word of the letters a-z only. The folded pairs aa/ae/oe are stemmed as the one
     * letter they stand for, so "gennemføre" and "gennemfører" meet at "gennemfoer" rather than the
     * "-ere" of "gennemfoere" being cut.
     */
    static String stem(String folded) {
        // A final "a" before -en or -ene is the word's own, not half of an "ae" standing for æ: "dataene" is
        // data + ene, not "datæne" (no common word ends in -æn or -æne).
        for (String ending : A_ENDINGS) {
            int n = folded.length() - ending.length();
            if (n >= MIN_STEM && folded.endsWith(ending) && folded.charAt(n - 1) == 'a') {
                return folded.substring(0, n);
            }
        }
        String word = contract(folded);
        String stem = withoutEnding(word);
        String base = undouble(stem);
        // A noun ending in -et doubles its t before the definite -et: "budgettet" is "budget" + -et and must meet
        // "budget", whose own -et the stemmer cuts too. Only there: "højsletten", "højsletter" keep "højslet".
        if ((word.endsWith("ttet") || word.endsWith("ttets")) && base.endsWith("et") && !base.equals(stem)) {
            base = withoutEnding(base);
        }
        return expand(base);
    }

    private static String withoutEnding(String word) {
        for (String ending : ENDINGS_LONGEST_FIRST) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /**
     * The words a short word's inflected form may stand for, best first, where the light stem would keep
     * four letters: the word without an inflection ending that leaves two or three letters, then the same
     * with an -e ("målene" → maal, maale; "kager" → kag, kage). Which one, if any, is the word's own is for
     * the dictionary to say at build time ({@link Lexicon}), and for the index's vocabulary at query time.
     */
    static List<String> shortStems(String folded) {
        String word = contract(folded);
        String own = stem(folded);
        List<String> bare = new ArrayList<>();
        List<String> withE = new ArrayList<>();
        for (String ending : ENDINGS_LONGEST_FIRST) {
            int n = word.length() - ending.length();
            if (word.endsWith(ending) && n >= 2 && n < MIN_STEM) {
                String rest = word.substring(0, n);
                addOnce(bare, expand(rest), own);
                addOnce(withE, expand(rest + "e"), own);
            }
        }
        withE.forEach(w -> addOnce(bare, w, own));
        return bare;
    }

    private static void addOnce(List<String> list, String word, String own) {
        if (!word.equals(own) && !list.contains(word)) {
            list.add(word);
        }
    }

    static List<String> endings() {
        return ENDINGS_LONGEST_FIRST;
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

    static String contract(String folded) {
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
