/**
 * The PDF edition: after the bake, the report and each annex (and the report with its annexes) are laid out
 * as tagged A4 PDF/UA-1 documents from their baked pages, written beside the pages, and each page's
 * "Hent som PDF" placeholder becomes a link with the file's size.
 */
package dk.kk.tillid.pdf;
