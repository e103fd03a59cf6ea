<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type>
  <p class="page-type no-index">${s.typeLabels[content.type]}</p>
  <h1>${content.title}</h1>
  <dl class="metadata no-index" aria-label="${s.ui.metadata}">
    <div><dt>${s.ui.date}</dt><dd><@layout.date content.date/></dd></div>
    <#if content.tid??><div><dt>${s.ui.time}</dt><dd>${content.tid}</dd></div></#if>
    <#if content.sted??><div><dt>${s.ui.place}</dt><dd>${content.sted}</dd></div></#if>
  </dl>
  <div class="content-body">
  ${content.body?no_esc}
  </div>
  <@layout.tags content=content root=root/>
</@layout.page>
