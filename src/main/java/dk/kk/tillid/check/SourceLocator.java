package dk.kk.tillid.check;

import dk.kk.tillid.problem.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * Where the author wrote what a finding is about, for pages generated from sources; the checker itself knows
 * only HTML.
 */
@FunctionalInterface
public interface SourceLocator {
    /** The source file and line, or the whole file; empty for a page that has none. */
    Optional<SourceLocation> locate(Finding finding);

    /**
     * Every finding with its source, in the same order. A locator that can tell repeated values on one page
     * apart (the same broken link written three times) overrides this.
     */
    default List<Finding> locateAll(List<Finding> findings) {
        return findings.stream().map(finding -> locate(finding).map(finding::withSource).orElse(finding)).toList();
    }
}
