package dk.kk.tillid.index;

import java.util.Set;

/**
 * Danish function words that would otherwise match nearly every section ("og" on every page).
 * Kept in folded spelling so that "paa" typed for "på" is dropped as well; search.js holds the same list.
 */
final class StopWords {
    private static final Set<String> FOLDED = Set.of(
            "ad", "af", "alle", "alt", "anden", "at", "blev", "blive", "bliver", "da", "de", "dem", "den",
            "denne", "deres", "der", "det", "dette", "dig", "din", "disse", "dog", "du", "efter", "eller",
            "en", "end", "er", "et", "for", "fra", "ham", "han", "hans", "har", "havde", "have", "hende",
            "hendes", "her", "hos", "hun", "hvad", "hvis", "hvor", "i", "ikke", "ind", "jeg", "jer", "jo",
            "kunne", "man", "mange", "med", "meget", "men", "mig", "min", "mine", "mit", "mod", "naar",
            "ned", "noget", "nogle", "nu", "og", "ogsaa", "om", "op", "os", "over", "paa", "saa", "saadan",
            "selv", "sig", "sin", "sine", "sit", "skal", "skulle", "som", "thi", "til", "ud", "under",
            "vaere", "vaeret", "var", "vi", "vil", "ville", "vor");

    private StopWords() {
    }

    static boolean contains(String folded) {
        return FOLDED.contains(folded);
    }
}
