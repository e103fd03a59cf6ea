<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#import "lib/toc.ftl" as toc>
<#import "lib/pdf.ftl" as pdf>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type>
  <p class="page-type no-index">${s.typeLabels[content.type]}</p>
  <h1>${content.title}</h1>
  <@layout.dates content=content/>
  <#-- The letterhead: on a phone it waits behind its summary, so that the text comes first (site.js opens it on wide screens). -->
  <details class="metadata-box no-index" data-open-wide>
    <summary>${s.ui.metadata}</summary>
    <dl class="metadata">
    <#if content.sagsnr??><div><dt>${s.ui.caseNo}</dt><dd>${content.sagsnr}</dd></div></#if>
    <#if content.dokumentnr??><div><dt>${s.ui.documentNo}</dt><dd>${content.dokumentnr}</dd></div></#if>
    <#if content.sagsbehandler??><div><dt>${s.ui.caseOfficer}</dt><dd>${content.sagsbehandler}</dd></div></#if>
    <#if content.afsender??><div><dt>${s.ui.sender}</dt><dd>${content.afsender}</dd></div></#if>
    <#if content.adresse??><div><dt>${s.ui.address}</dt><dd>${content.adresse}</dd></div></#if>
    <#if content.mobil??><div><dt>${s.ui.mobile}</dt><dd>${content.mobil}</dd></div></#if>
    <#if content.email??><div><dt>${s.ui.email}</dt><dd><a href="mailto:${content.email}">${content.email}</a></dd></div></#if>
    <#if content.ean??><div><dt>${s.ui.ean}</dt><dd>${content.ean}</dd></div></#if>
    </dl>
  </details>
  <@pdf.download uri=content.uri/>
  <#assign annexes = layout.nav().ofType("annex")?map(a -> a.uri)>
  <#if annexes?has_content><@pdf.download uri=content.uri parts=annexes suffix="-med-bilag" label=s.ui.downloadPdfWithAnnexes/></#if>
  <@toc.toc headings=content.headings always=true/>
  <div class="content-body">
  ${content.body?no_esc}
  </div>
  <@layout.tags content=content root=root/>
</@layout.page>
