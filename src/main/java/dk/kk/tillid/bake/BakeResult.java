package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * @param contentRoot the folder the pages were read from, where their includes count from
 * @param pageSources published page (path relative to the site root, '/' separators) to its AsciiDoc source
 * @param warnings    problems that did not stop the bake
 * @param pagesRendered  how many pages were rendered; fewer than all when a preview rendered only the pages a
 *                       change touched
 * @param pagesConverted how many pages were converted by Asciidoctor; the others' conversions were reused
 * @param drafts      page to its source, for every page whose source is a draft: never in the site
 * @param draftPages  the preview's rendering of each draft, served beside the site but never written into it;
 *                    empty for a one-off bake
 */
public record BakeResult(Path siteDir, Path contentRoot, Map<String, Path> pageSources, List<Diagnostic> warnings,
                         int pagesRendered, int pagesConverted, Map<String, Path> drafts, Map<String, byte[]> draftPages) {
}
