<#ftl output_format="HTML">
<#import "strings.ftl" as s>
<#--
  The one page layout. Page templates call <@layout.page …>…</@layout.page>; every element opened here
  is closed here, and the page's own part is the nested block inside <main>.
-->

<#-- Published pages in a content folder, in side-navigation order: jbake-order, then title. -->
<#function pagesIn folder>
  <#return published_content
    ?filter(d -> d.uri?starts_with(folder + "/") && d.type != "search")
    ?sort_by("title")
    ?sort_by("order")>
</#function>

<#function folderOf uri>
  <#return uri?contains("/")?then(uri?keep_before("/"), "")>
</#function>

<#function hasLanding folder>
  <#return published_content?filter(d -> d.uri == folder + "/index.html")?has_content>
</#function>

<#-- Other pages sharing a tag with this one, most shared tags first. -->
<#macro seeAlso uri root>
  <#if content.tags?? && content.tags?has_content>
    <#local mine = content.tags>
    <#local related = published_content
      ?filter(d -> d.uri != uri && d.type != "search" && d.tags?? && d.tags?filter(t -> mine?seq_contains(t))?has_content)
      ?sort_by("title")>
    <#if related?has_content>
  <aside class="see-also no-index" aria-labelledby="se-ogsaa">
    <h2 id="se-ogsaa">${s.ui.seeAlso}</h2>
    <ul>
    <#list related?map(d -> {"doc": d, "shared": d.tags?filter(t -> mine?seq_contains(t))?size})?sort_by("shared")?reverse as r>
      <#if r?index lt 6>
      <li><a href="${root}${r.doc.uri}">${r.doc.title}</a></li>
      </#if>
    </#list>
    </ul>
  </aside>
    </#if>
  </#if>
</#macro>

<#-- "Forrige" / "Næste" within the page's section, in side-navigation order. -->
<#macro pager uri folder root>
  <#if folder?has_content>
    <#local entries = pagesIn(folder)?filter(p -> p.uri != folder + "/index.html")>
    <#local at = entries?map(p -> p.uri)?seq_index_of(uri)>
    <#if at gte 0 && entries?size gt 1>
  <nav class="pager no-index" aria-label="${s.ui.pagination}">
      <#if at gt 0>
    <a class="pager__previous" href="${root}${entries[at - 1].uri}" rel="prev">${s.ui.previous}: ${entries[at - 1].title}</a>
      </#if>
      <#if at lt entries?size - 1>
    <a class="pager__next" href="${root}${entries[at + 1].uri}" rel="next">${s.ui.next}: ${entries[at + 1].title}</a>
      </#if>
  </nav>
    </#if>
  </#if>
</#macro>

<#macro date value>
  <time datetime="${value?string["yyyy-MM-dd"]}">${value?string["d. MMMM yyyy"]}</time><#t>
</#macro>

<#macro page title root uri type noindex=false>
<#setting locale="da_DK">
<#setting time_zone="UTC">
<#local folder = folderOf(uri)>
<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<title>${title} – ${s.siteName}</title>
<link rel="stylesheet" href="${root}css/site.css?v=${config.asset_version}">
<link rel="stylesheet" href="${root}css/search.css?v=${config.asset_version}">
<link rel="stylesheet" href="${root}css/print.css?v=${config.asset_version}" media="print">
<script src="${root}js/search.js?v=${config.asset_version}" defer></script>
</head>
<body data-content-type="${type}"<#if noindex> data-noindex</#if>>
<a class="skip-link" href="#indhold">${s.ui.skipLink}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__name" href="${root}index.html">${s.siteName}</a>
    <form class="site-search" role="search" action="${root}search.html" method="get">
      <label for="site-search-q">${s.ui.searchLabel}</label>
      <input type="search" id="site-search-q" name="q" autocomplete="off" spellcheck="false">
      <button type="submit">${s.ui.searchButton}</button>
    </form>
  </div>
</header>
<div class="page">
  <nav class="breadcrumbs" aria-label="${s.ui.breadcrumb}">
    <ol>
    <#if uri == "index.html">
      <li><a href="${root}index.html" aria-current="page">${s.ui.home}</a></li>
    <#else>
      <li><a href="${root}index.html">${s.ui.home}</a></li>
      <#list s.sections?filter(x -> x.folder == folder) as section>
        <#if uri == folder + "/index.html">
      <li><a href="${root}${uri}" aria-current="page">${title}</a></li>
        <#else>
          <#if hasLanding(folder)>
      <li><a href="${root}${folder}/index.html">${section.label}</a></li>
          </#if>
      <li><a href="${root}${uri}" aria-current="page">${title}</a></li>
        </#if>
      <#else>
      <li><a href="${root}${uri}" aria-current="page">${title}</a></li>
      </#list>
    </#if>
    </ol>
  </nav>
  <div class="page__columns">
    <nav class="side-nav" aria-label="${s.ui.sideNav}">
      <ul>
        <li class="side-nav__section side-nav__home"><a href="${root}index.html"<#if uri == "index.html"> aria-current="page"</#if>>${s.ui.home}</a></li>
      <#list s.sections as section>
        <#local pages = pagesIn(section.folder)>
        <#local landing = section.folder + "/index.html">
        <#local entries = pages?filter(p -> p.uri != landing)>
        <#if pages?has_content>
        <li class="side-nav__section<#if section.folder == folder> side-nav__section--current</#if>">
          <#-- The heading leads to the section's landing page, or to its only page, so that a phone,
               which shows only headings for the other sections, can still reach everything. -->
          <#local headingHref = hasLanding(section.folder)?then(landing, (entries?size == 1)?then(entries[0].uri, ""))>
          <#if headingHref?has_content>
          <a class="side-nav__heading" href="${root}${headingHref}"<#if uri == landing> aria-current="page"</#if>>${section.label}</a>
          <#else>
          <span class="side-nav__heading">${section.label}</span>
          </#if>
          <ul>
          <#list entries as p>
            <li><a href="${root}${p.uri}"<#if p.uri == uri> aria-current="page"</#if>>${p.title}</a></li>
          </#list>
          </ul>
        </li>
        </#if>
      </#list>
      </ul>
    </nav>
    <main id="indhold" tabindex="-1">
      <#nested>
      <@seeAlso uri=uri root=root/>
      <@pager uri=uri folder=folder root=root/>
      <#if content.updated??>
      <p class="last-updated no-index">${s.ui.lastUpdated} <@date content.updated/></p>
      </#if>
    </main>
  </div>
</div>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p><strong>${s.ui.footerOrg}</strong> · ${s.ui.footerUnit}</p>
    <p>${s.ui.footerContact}: ${config.contact_address!""} · ${s.ui.mobile} ${config.contact_phone!""} ·
      <a href="mailto:${config.contact_email!""}">${config.contact_email!""}</a></p>
    <ul class="site-footer__links">
      <li><a href="${root}emner/index.html">${s.ui.allTags}</a></li>
    <#if config.accessibility_statement_url?has_content>
      <li><a href="${config.accessibility_statement_url}">${s.ui.footerAccessibility}</a></li>
    </#if>
    <#-- Only pages baked from a source file have one to edit (not tag pages or 404). -->
    <#if config.repository_edit_url?has_content && (content.sourcepath)??>
      <li><a href="${config.repository_edit_url?remove_ending("/")}/${content.sourcepath}">${s.ui.editPage}</a></li>
    </#if>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- Title, then the parts every content page shares. -->
<#macro tags content root>
  <#if content.tags?has_content>
  <div class="tags no-index">
    <h2 class="tags__heading">${s.ui.tags}</h2>
    <ul class="tags__list">
    <#list content.tags as tag>
      <li><a href="${root}emner/${tag}.html">${s.tagLabel(tag)}</a></li>
    </#list>
    </ul>
  </div>
  </#if>
</#macro>
