<#ftl output_format="HTML">
<#import "strings.ftl" as s>
<#-- Table of contents from the page's h2/h3 headings, for long pages. -->
<#macro toc headings>
  <#if (headings![])?size gt 2>
  <nav class="toc no-index" aria-labelledby="toc-heading">
    <h2 id="toc-heading">${s.ui.toc}</h2>
    <ol>
    <#list headings as h>
      <#if h.level == 2>
      <li><a href="#${h.id}">${h.title}</a><#if headings[h?index + 1]?? && headings[h?index + 1].level == 3><ol>
        <#list headings[h?index + 1..] as sub><#if sub.level == 2><#break></#if>
        <li><a href="#${sub.id}">${sub.title}</a></li>
        </#list>
      </ol></#if></li>
      </#if>
    </#list>
    </ol>
  </nav>
  </#if>
</#macro>
