<#ftl output_format="HTML">
<#import "strings.ftl" as s>
<#--
  Table of contents from the page's h2/h3 headings, for pages with three or more sections (and for the
  report and annexes with three or more headings of either level). A list without
  numbers of its own: headings that carry numbers (bilag 3) keep theirs, the others need none. On a phone it
  waits behind its summary so that the text comes first; site.js opens it on wide screens.
-->
<#macro toc headings always=false>
  <#local sections = (headings![])?filter(h -> h.level == 2)>
  <#if sections?size gt 2 || (always && (headings![])?size gt 2)>
  <nav class="toc no-index" aria-label="${s.ui.toc}">
    <details data-open-wide>
    <summary>${s.ui.toc}</summary>
    <ul>
    <#list headings as h>
      <#if h.level == 2>
      <li><a href="#${h.id}">${h.title}</a><#if headings[h?index + 1]?? && headings[h?index + 1].level == 3><ul>
        <#list headings[h?index + 1..] as sub><#if sub.level == 2><#break></#if>
        <li><a href="#${sub.id}">${sub.title}</a></li>
        </#list>
      </ul></#if></li>
      </#if>
    </#list>
    </ul>
    </details>
  </nav>
  </#if>
</#macro>
