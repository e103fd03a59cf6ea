package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one term function shared by the index and the query (its twin is {@code term} in
 * assets/js/search.js; src/test/resources/index/term-vectors.json keeps the two in agreement).
 */
public final class Terms {
    /**
     * A word, or an abbreviation of letters joined by dots with at least one single letter ("f.s.v.a.",
     * "bl.a.", "ph.d.", "f.eks."), which is one word: its single letters alone would be no terms; or a single
     * letter with its dot ("d.", "s.", "v."), the abbreviation of one letter, kept with the dot that makes it one.
     */
    static final Pattern WORD = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}.])(?=(?:\\p{L}{1,3}\\.)*\\p{L}(?!\\p{L}))(?:\\p{L}{1,3}\\.)+\\p{L}{1,3}(?![\\p{L}\\p{M}\\p{N}])"
            + "|(?<![\\p{L}\\p{M}\\p{N}.])\\p{L}\\.(?![\\p{L}\\p{M}\\p{N}])"
            + "|[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern GENITIVE = Pattern.compile("[A-ZÆØÅ]{2,5}s");

    private Terms() {
    }

    /** The words of a text in reading order, as written. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The index term of one word, or "" when the word is too common or too short to search for. */
    public static String term(String word) {
        String folded = folded(withoutGenitive(word));
        if (folded.isEmpty() || StopWords.contains(folded)) {
            return "";
        }
        if (DIGITS.matcher(folded).matches()) {
            return folded;
        }
        if (folded.length() < 2) {
            return word.endsWith(".") && LETTERS.matcher(folded).matches() ? folded : "";
        }
        return LETTERS.matcher(folded).matches() ? LightStemmer.stem(folded) : folded;
    }

    /**
     * The index term of a written word: {@link #term}, except for an inflected form of a short word, whose
     * term is the short word's when the dictionary says so ("målene" → "maal", as "mål"). The query side
     * meets it through {@link #shortStems}: search.js tries them when the query word's own term is not indexed.
     */
    static String term(String word, Lexicon lexicon) {
        String term = term(word);
        if (term.isEmpty()) {
            return term;
        }
        String shortWord = lexicon.shortForm(folded(word));
        return shortWord != null ? shortWord : term;
    }

    /** "KKs", an abbreviation in capitals with the genitive s written on, is the abbreviation ("KK"). */
    static String withoutGenitive(String word) {
        return GENITIVE.matcher(word).matches() ? word.substring(0, word.length() - 1) : word;
    }

    /** What {@code shortStems} in search.js gives: see {@link LightStemmer#shortStems}; empty for any other word. */
    public static List<String> shortStems(String word) {
        String folded = folded(word);
        if (folded.isEmpty() || StopWords.contains(folded) || !LETTERS.matcher(folded).matches()) {
            return List.of();
        }
        return LightStemmer.shortStems(folded);
    }

    /** Which of the folded letter pairs the writer spelled with æ, ø or å; "" when none. */
    public static String spelling(String word) {
        return term(word).isEmpty() ? "" : Folding.spellingMark(Folding.lower(word));
    }

    /** Edits a typo may have and still find the word: none below 5 letters, one from 5, two from 8. */
    public static int allowedEdits(String word) {
        int letters = Folding.lower(word).codePointCount(0, Folding.lower(word).length());
        return letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
    }

    /** The folded word before stemming; compounds are split on this form. */
    static String folded(String word) {
        return Folding.fold(Folding.lower(word)).replace(".", "");
    }
}
