/**
 * The live preview: watches the project's inputs, bakes again through the pipeline with a
 * {@link dk.kk.tillid.bake.BakeSession}, serves the site folder on loopback and reloads open pages; what it adds for
 * editors (reload script, overlay, draft banner, the pages that link to a page) goes into its answers, never files. Its first
 * bake starts from the site the last {@code build} left. It may use the pipeline and the stages it runs, {@code project},
 * {@code problem}, {@code files}, {@code cache} (to keep its own parses between runs) and {@code publish}'s folder helpers.
 */
package dk.kk.tillid.serve;
