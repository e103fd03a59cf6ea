package dk.kk.tillid.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the parts of a Danish compound ("tillidsledelse" → tillid, ledelse) so a search for a part
 * finds the compound. Only words the site itself uses on their own count as parts, which keeps
 * "underviser" from turning into "under" + "viser" on a site that never says "viser".
 */
final class CompoundSplitter {
    private static final int MIN_PART = 4;
    private static final int MIN_COMPOUND = 2 * MIN_PART;
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private final Set<String> vocabulary;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    /** @param vocabulary the terms of every word on the site */
    CompoundSplitter(Set<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The terms of the parts of {@code word}, outermost split first; empty when it is no compound. */
    List<String> parts(String word) {
        return cache.computeIfAbsent(Terms.folded(word), this::split);
    }

    private List<String> split(String folded) {
        if (folded.length() < MIN_COMPOUND || !LETTERS.matcher(folded).matches()) {
            return List.of();
        }
        // The head (last part) names what the compound is, so the longest known head wins.
        for (int cut = MIN_PART; cut <= folded.length() - MIN_PART; cut++) {
            String head = folded.substring(cut);
            String headTerm = knownTerm(head);
            String modifier = modifierOf(folded.substring(0, cut));
            if (headTerm != null && modifier != null) {
                Set<String> parts = new LinkedHashSet<>();
                parts.add(Terms.term(modifier));
                parts.add(headTerm);
                parts.addAll(split(modifier));
                parts.addAll(split(head));
                return List.copyOf(parts);
            }
        }
        return List.of();
    }

    // Danish joins parts with a linking -s- or -e- (tillid-s-ledelse, person-e-...); try with and without.
    private String modifierOf(String left) {
        if (knownTerm(left) != null) {
            return left;
        }
        char last = left.charAt(left.length() - 1);
        if ((last == 's' || last == 'e') && left.length() - 1 >= MIN_PART) {
            String stripped = left.substring(0, left.length() - 1);
            if (knownTerm(stripped) != null) {
                return stripped;
            }
        }
        return null;
    }

    private String knownTerm(String part) {
        String term = Terms.term(part);
        return !term.isEmpty() && vocabulary.contains(term) ? term : null;
    }
}
