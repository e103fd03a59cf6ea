/**
 * Maps the baked site back to the AsciiDoc the editors wrote: where an {@code include::} goes
 * ({@link dk.kk.tillid.source.IncludeResolver}, the one include rule the bake, the preview and the source map
 * share), the lines of a page as Asciidoctor reads them, and which line of which file a link-check finding was
 * written on ({@link dk.kk.tillid.source.SourceMap}). It knows AsciiDoc so that the link checker need not; it
 * may use the checker's findings and URL helpers, and nothing of the other stages.
 */
package dk.kk.tillid.source;
