<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<@layout.page title=s.ui.allTags root=root uri="emner/index.html" type="tag" noindex=true>
  <h1>${s.ui.allTags}</h1>
  <p>${s.ui.tagPagesIntro}</p>
  <ul>
  <#-- By the name a reader sees, in Danish order (æ, ø, å last). -->
  <#list alltags?sequence?map(t -> {"tag": t, "label": s.tagLabel(t)})?sort_by("label") as t>
    <li><a href="${root}emner/${t.tag}.html">${t.label}</a></li>
  </#list>
  </ul>
</@layout.page>
