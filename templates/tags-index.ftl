<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<@layout.page title=s.ui.allTags root=root uri="emner/index.html" type="tag" noindex=true>
  <h1>${s.ui.allTags}</h1>
  <ul>
  <#list alltags?sequence?sort as tag>
    <li><a href="${root}emner/${tag}.html">${s.tagLabel(tag)}</a></li>
  </#list>
  </ul>
</@layout.page>
