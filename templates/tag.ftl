<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<#assign title = s.ui.tagPagePrefix + " " + s.tagLabel(tag)>
<@layout.page title=title root=root uri="emner/" + tag + ".html" type="tag" noindex=true>
  <h1>${title}</h1>
  <p>${s.ui.tagPageIntro} ‘${s.tagLabel(tag)}’:</p>
  <ul>
  <#list tagged_documents?sort_by("title")?sort_by("order") as d>
    <li><a href="${root}${d.uri}">${d.title}</a> <span class="page-type">(${s.typeLabels[d.type]!d.type})</span></li>
  </#list>
  </ul>
</@layout.page>
