<#ftl output_format="HTML">
<#import "strings.ftl" as s>
<#--
  Where a page's PDF edition is linked. The bake writes a hidden placeholder; the pdf stage
  (dk.kk.tillid.pdf.PdfEdition) makes the PDF of the pages in data-pdf-parts and then fills in the link and
  its size, so the link never points at a file that does not exist yet.
-->
<#macro download uri parts=[] suffix="" label=s.ui.downloadPdf>
<#local name = uri?keep_after_last("/")?remove_ending(".html") + suffix + ".pdf">
  <p class="pdf-download no-index" data-pdf="${name}" data-pdf-parts="${([uri] + parts)?join(" ")}" hidden><span class="pdf-download__label">${label}</span></p>
</#macro>
