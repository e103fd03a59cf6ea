package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * @param contentRoot the folder the pages were read from, where their includes count from
 * @param pageSources published page (path relative to the site root, '/' separators) to its AsciiDoc source
 * @param warnings    problems that did not stop the bake
 * @param pagesBaked  how many pages were converted and rendered; fewer than all when a preview baked only the
 *                    pages a change touched
 */
public record BakeResult(Path siteDir, Path contentRoot, Map<String, Path> pageSources, List<Diagnostic> warnings, int pagesBaked) {
}
