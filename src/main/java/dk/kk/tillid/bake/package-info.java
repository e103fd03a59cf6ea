/**
 * The bake stage: the AsciiDoc in the content folder through JBake (AsciidoctorJ and the Freemarker templates)
 * into a site folder, with the checks JBake lacks (headers, includes, names, raw HTML) reported as
 * {@link dk.kk.tillid.problem.Diagnostic}s with file and line. {@link dk.kk.tillid.bake.BakeSession} bakes again
 * and again for the preview; a build starts from the last build's site when only pages' text changed
 * ({@link dk.kk.tillid.bake.KeptBuild}). It may use the build cache ({@code cache}), the project's settings and type registry ({@code project}), the include
 * rule ({@code source}), {@code problem} and {@code files}; never the later stages.
 */
package dk.kk.tillid.bake;
