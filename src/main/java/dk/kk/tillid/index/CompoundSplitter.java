package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the parts of a Danish compound ("lederudviklingsgruppe" → leder, udvikling, gruppe) so a search
 * for a part finds the compound. The whole word is cut into the fewest parts the lexicon allows: first
 * parts as the dictionary lets them start a compound (with their linking -s- or -e-), and a last part in
 * any inflected form ("kerneydelserne" → kerne, ydelserne). Every part is split again, so a part that is
 * itself a compound gives its parts too. A word the dictionary lists whole is still split
 * ("lederuddannelse" → leder, uddannelse; "tidslinje" → tid, linje) by the same rules as any other word, and
 * never after a verb particle ("underviser", "uddannelse", "forløb" are derivations, not compounds) but gen-
 * ("gentænkning"), which keeps the meaning of the word it is put before.
 */
final class CompoundSplitter {
    private static final int MIN_PART = 3;
    // A three-letter part is trusted beside a linking letter (sag-s-nummer, ledelse-s-rum): on its own it is too
    // often a piece of a longer word (be-tyder, skitse-ret), so a bare one ends a word only as segment() allows.
    private static final int SURE_PART = 4;
    // Derivation endings that are also words of their own ("skab", "ende", "lige", "isme"): as a last part they
    // make a derivation, not a compound ("lederskab", "stående", "personlige", "nationalisme").
    private static final Set<String> SUFFIXES = Set.of("ende", "lige", "lig", "skab", "hed", "else", "sel", "agtig", "isme");
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    // Danish verb particles: joined to a word they derive a new one rather than compound with it.
    private static final Set<String> PARTICLES = Set.of(
            "af", "an", "bag", "efter", "for", "fore", "fra", "frem", "gen", "gennem", "hen", "ind", "imod",
            "med", "mellem", "mod", "ned", "om", "op", "over", "paa", "sam", "til", "tilbage", "ud", "under",
            "ved");

    private static final String AGAIN = "gen";
    private static final int AGAIN_REST = 6;

    private final Lexicon lexicon;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    CompoundSplitter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The terms of the parts of {@code word}, outermost split first; empty when it is no compound. */
    List<String> parts(String word) {
        return cache.computeIfAbsent(Terms.folded(word), this::termsOfParts);
    }

    private List<String> termsOfParts(String folded) {
        Set<String> terms = new LinkedHashSet<>();
        for (String part : split(folded)) {
            String term = Terms.term(part, lexicon);
            if (!term.isEmpty()) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }

    /** The parts (folded, first parts without their linking letter): the fewest first, then theirs. */
    List<String> split(String folded) {
        if (folded.length() < 2 * MIN_PART || !LETTERS.matcher(folded).matches()) {
            return List.of();
        }
        boolean listed = lexicon.isWord(folded);
        List<String> top = segment(folded, listed);
        if (top.size() < 2) {
            return List.of();
        }
        Set<String> parts = new LinkedHashSet<>(top);
        for (String part : top) {
            parts.addAll(split(part));
        }
        return List.copyOf(parts);
    }

    /**
     * Fewest parts by dynamic programming over the cut positions: fewest[i] is the fewest first parts that
     * spell word[0, i). Among splits into as many parts the longer first part wins: "lederugen" is leder + ugen,
     * not lede + rugen.
     */
    private List<String> segment(String w, boolean listed) {
        int n = w.length();
        // A short word's inflected form ("faget", "turen") ends a compound of two: in a longer row of short pieces it
        // is more often letters of a word of its own ("leverandører" is no leve + rand + ører).
        // The head as the whole word's stem ends it: "yderligere" stems to "yderlig", whose "lig" is a derivation
        // ending; in a listed word it must keep three letters ("andelen" is a form of "andel", not ande + len).
        String stem = LightStemmer.stem(w);
        int[] fewest = new int[n + 1];
        int[] from = new int[n + 1];
        String[] word = new String[n + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        // Most cuts start no first part at all: knowing how far each can reach saves most dictionary look-ups.
        int[] reach = new int[n + 1];
        Arrays.fill(reach, -1);
        for (int i = MIN_PART; i <= n - MIN_PART; i++) {
            for (int k = 0; k <= i - MIN_PART; k++) {
                if (fewest[k] == Integer.MAX_VALUE || fewest[k] + 1 >= fewest[i]) {
                    continue;
                }
                if (reach[k] < 0) {
                    reach[k] = lexicon.firstPartReach(w, k);
                }
                if (i > reach[k]) {
                    continue;
                }
                String part = lexicon.firstPart(w, k, i);
                boolean linked = part != null && i - k > part.length();
                if (part != null && part.length() >= MIN_PART && (linked || part.length() >= SURE_PART)
                        && !PARTICLES.contains(part)) {
                    fewest[i] = fewest[k] + 1;
                    from[i] = k;
                    word[i] = part;
                }
            }
        }
        int best = -1;
        int bareShort = -1;
        for (int j = MIN_PART; j <= n - MIN_PART; j++) {
            boolean afterLink = j > 0 && word[j] != null && j - from[j] > word[j].length();
            String head = w.substring(j);
            String headStem = j < stem.length() ? stem.substring(j) : "";
            if (fewest[j] == Integer.MAX_VALUE
                    || !(lexicon.isLastPart(w, j, n) || fewest[j] == 1 && lexicon.isShortWordsForm(w, j, n))
                    || SUFFIXES.contains(LightStemmer.stem(head)) || SUFFIXES.contains(headStem)) {
                continue;
            }
            if ((head.length() >= SURE_PART || afterLink) && (!listed || headStem.length() >= MIN_PART)) {
                if (best < 0 || fewest[j] <= fewest[best]) {
                    best = j;
                }
            } else if (head.length() == MIN_PART && fewest[j] == 1 && headStem.equals(head) && !isVowel(head.charAt(0))) {
                bareShort = j;
            }
        }
        // A three-letter word ends a compound without a linking letter ("festsal", "tekstfil") only where nothing
        // else splits the word, after one first part, uninflected in the whole word's stem ("skitseret" stems to
        // "skitser": its "ret" is no word of its own there), and beginning with a consonant: a vowel-initial one is
        // more often a suffix ("institut-ion") or the end of a particle's derivation ("form-ål" is for + mål).
        if (best < 0) {
            best = bareShort;
        }
        if (best < 0) {
            return again(w);
        }
        List<String> parts = new ArrayList<>();
        parts.add(w.substring(best));
        for (int i = best; i > 0; i = from[i]) {
            parts.add(0, word[i]);
        }
        return parts;
    }

    /**
     * The particle gen- ("again") leaves the word it is put before meaning what it did, where the others make a new
     * word ("gentænkning" is a tænkning, "undervisning" no visning): before a word whose stem has six letters or more,
     * that may end a compound and begins with a consonant ("genetiker" is no gen + etiker), it is split off.
     */
    private List<String> again(String w) {
        int at = AGAIN.length();
        // The rest's stem is measured, not the rest as written: "genstanden" is no gen + standen.
        if (w.startsWith(AGAIN) && LightStemmer.stem(w.substring(at)).length() >= AGAIN_REST && !isVowel(w.charAt(at))
                // "gennem" is a particle of its own.
                && lexicon.isLastPart(w, at, w.length()) && !PARTICLES.contains(w.substring(0, at + 3))) {
            return List.of(AGAIN, w.substring(at));
        }
        return List.of();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
