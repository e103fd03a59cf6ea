<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<#assign title = s.ui.tagPagePrefix + " " + s.tagLabel(tag)>
<#-- Grouped as the side navigation is (report, annexes, programmes, keynotes, pages), then by title. -->
<#assign typeOrder = ["report", "annex", "programme", "keynote", "page"]>
<@layout.page title=title root=root uri="emner/" + tag + ".html" type="tag" noindex=true>
  <h1>${title}</h1>
  <p>${s.ui.tagPageIntro} ‘${s.tagLabel(tag)}’, ${s.ui.tagPageSorted}. <a href="${root}emner/index.html">${s.ui.allTags}</a>.</p>
  <ul class="tag-pages">
  <#list typeOrder as t>
    <#list tagged_documents?filter(d -> d.type == t)?sort_by("title") as d>
    <li><a href="${root}${d.uri}">${d.title}</a> <span class="page-type">(${s.typeLabels[d.type]!d.type})</span></li>
    </#list>
  </#list>
  </ul>
</@layout.page>
