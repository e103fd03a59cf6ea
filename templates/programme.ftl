<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#import "lib/toc.ftl" as toc>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type>
  <p class="page-type no-index">${s.typeLabels[content.type]}</p>
  <h1>${content.title}</h1>
  <@layout.dates content=content/>
  <@toc.toc headings=content.headings/>
  <div class="content-body">
  ${content.body?no_esc}
  </div>
  <@layout.tags content=content root=root/>
</@layout.page>
