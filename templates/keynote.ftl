<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#import "lib/toc.ftl" as toc>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type>
  <#-- The day of the event, not a publication date; left out where the title already names it. -->
  <#assign day = content.date?string["d. MMMM yyyy"]>
  <#assign showDay = !content.title?contains(day)>
  <p class="page-type no-index">${s.typeLabels[content.type]}</p>
  <h1>${content.title}</h1>
  <@layout.dates content=content showPublished=false/>
  <#if showDay || content.tid?? || content.sted??>
  <dl class="metadata no-index" aria-label="${s.ui.metadata}">
    <#if showDay><div><dt>${s.ui.date}</dt><dd><@layout.date content.date/></dd></div></#if>
    <#if content.tid??><div><dt>${s.ui.time}</dt><dd>${content.tid}</dd></div></#if>
    <#if content.sted??><div><dt>${s.ui.place}</dt><dd>${content.sted}</dd></div></#if>
  </dl>
  </#if>
  <@toc.toc headings=content.headings/>
  <div class="content-body">
  ${content.body?no_esc}
  </div>
  <@layout.tags content=content root=root/>
</@layout.page>
