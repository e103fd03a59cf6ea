package dk.kk.tillid.check;

import java.util.Optional;

/**
 * Where the author wrote what a finding is about, for pages generated from sources; the checker itself knows
 * only HTML.
 */
@FunctionalInterface
public interface SourceLocator {
    /** The source as {@code file:line} or {@code file}; empty for a page that has none. */
    Optional<String> locate(Finding finding);
}
