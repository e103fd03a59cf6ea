package dk.kk.tillid.check;

import dk.kk.tillid.problem.SourceLocation;

import java.util.Optional;

/**
 * Where the author wrote what a finding is about, for pages generated from sources; the checker itself knows
 * only HTML.
 */
@FunctionalInterface
public interface SourceLocator {
    /** The source file and line, or the whole file; empty for a page that has none. */
    Optional<SourceLocation> locate(Finding finding);
}
