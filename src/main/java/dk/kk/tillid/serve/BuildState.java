package dk.kk.tillid.serve;

import dk.kk.tillid.problem.Diagnostic;

import java.util.List;

/**
 * What the preview shows after a bake.
 *
 * @param build    id of the site being served, new with every bake that passed; empty before the first one
 * @param problems why the latest bake failed, or empty when it passed; a failed bake keeps the last good site
 */
record BuildState(String build, List<Diagnostic> problems) {
    static final BuildState NOTHING_BAKED = new BuildState("", List.of());

    boolean failed() {
        return !problems.isEmpty();
    }

    BuildState failedWith(List<Diagnostic> newProblems) {
        return new BuildState(build, List.copyOf(newProblems));
    }
}
