/**
 * The pdf stage: lays out the report and each annex (and the report with its annexes) as tagged A4 PDF/UA-1
 * documents from their baked pages, writes them beside the pages, and turns each page's "Hent som PDF"
 * placeholder into a link with the file's size. Its input is the site folder; it uses no other stage.
 * PDFs laid out by an earlier build are reused from {@code target/build-cache/pdf/} when their input is unchanged,
 * and a record there ({@code PdfRecord}) spares reading the pages that did not change.
 */
package dk.kk.tillid.pdf;
