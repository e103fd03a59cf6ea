<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#import "lib/toc.ftl" as toc>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type>
  <h1>${content.title}</h1>
  <#-- The front page is the site's own, not a document: no dates; and it lists the whole site, no contents. -->
  <#if content.uri != "index.html">
  <@layout.dates content=content/>
  <@toc.toc headings=content.headings/>
  </#if>
  <div class="content-body<#if content.uri == "index.html"> front</#if>">
  ${content.body?no_esc}
  </div>
  <#if content.listing?has_content>
    <#assign wanted = content.listing?split(",")?map(t -> t?trim)>
    <#list wanted as type>
      <#assign docs = config.site_navigation.ofType(type)?filter(d -> d.uri != content.uri)>
      <#if docs?has_content>
  <section class="listing no-index" aria-labelledby="liste-${type}">
    <h2 id="liste-${type}">${s.typeLabels[type]!type}</h2>
    <ul>
      <#list docs as d>
      <li><a href="${root}${d.uri}">${d.title}</a></li>
      </#list>
    </ul>
  </section>
      </#if>
    </#list>
  </#if>
  <@layout.tags content=content root=root/>
</@layout.page>
