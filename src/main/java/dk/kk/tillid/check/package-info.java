/**
 * The link checker, for any folder of static HTML: links, images, anchors and stylesheets as a browser and a
 * strict web server see them, with the text, TSV and JSON reports of the {@code check} command. It knows HTML,
 * CSS and URLs, not AsciiDoc: the source of a finding comes from a {@link dk.kk.tillid.check.SourceLocator}
 * given to it. What it parsed of each page, and what resolving its links gave, can be kept for the next check, in this process or a file
 * ({@link dk.kk.tillid.check.ScanCache}). It may use {@code problem}, {@code files} and the build cache's tool fingerprint ({@code cache}), and no other stage.
 */
package dk.kk.tillid.check;
