package dk.kk.tillid.bake;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The name an editor most likely meant, for "mente du …?": the nearest by edit distance, if near enough. */
public final class NearName {
    private NearName() {
    }

    /** The candidate at most a quarter of the name's letters (and at least two) away; ties go to the first in order. */
    public static Optional<String> of(String wrong, Collection<String> candidates) {
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, wrong.length() / 4));
        return candidates.stream().sorted()
                .filter(candidate -> !candidate.equals(wrong))
                .map(candidate -> new Object[] {candidate, distance.apply(wrong, candidate)})
                .filter(pair -> (Integer) pair[1] >= 0)
                .min(Comparator.comparingInt(pair -> (Integer) pair[1]))
                .map(pair -> (String) pair[0]);
    }
}
