<#ftl output_format="HTML">
<#import "strings.ftl" as s>
<#--
  The one page layout. Page templates call <@layout.page …>…</@layout.page>; every element opened here
  is closed here, and the page's own part is the nested block inside <main>.
-->

<#function folderOf uri>
  <#return uri?contains("/")?then(uri?keep_before("/"), "")>
</#function>

<#-- Navigation data worked out once per bake in Java (dk.kk.tillid.bake.SiteNavigation). -->
<#function nav>
  <#return config.site_navigation>
</#function>

<#-- The sections named in strings.ftl, then any other content folder with pages, so that a new folder gets its own. -->
<#function sections>
  <#local named = s.sections?map(x -> x.folder)>
  <#return s.sections + nav().folders()?filter(f -> !named?seq_contains(f.folder))>
</#function>

<#-- Other pages sharing a tag with this one, most shared tags first. -->
<#macro seeAlso uri root>
  <#local related = nav().related(uri, 6)>
  <#if related?has_content>
  <aside class="see-also no-index" aria-labelledby="se-ogsaa">
    <h2 id="se-ogsaa">${s.ui.seeAlso}</h2>
    <ul>
    <#list related as r>
      <li><a href="${root}${r.uri}">${r.title}</a></li>
    </#list>
    </ul>
  </aside>
  </#if>
</#macro>

<#-- "Forrige" / "Næste" within the page's section, in side-navigation order. -->
<#macro pager uri folder root>
  <#local previous = nav().previous(uri)!>
  <#local next = nav().next(uri)!>
  <#if previous?has_content || next?has_content>
  <nav class="pager no-index" aria-label="${s.ui.pagination}">
    <#if previous?has_content>
    <a class="pager__previous" href="${root}${previous.uri}" rel="prev">${s.ui.previous}: ${previous.title}</a>
    </#if>
    <#if next?has_content>
    <a class="pager__next" href="${root}${next.uri}" rel="next">${s.ui.next}: ${next.title}</a>
    </#if>
  </nav>
  </#if>
</#macro>

<#-- The front page is the site; a page named like the site (the report) says what it is. -->
<#function pageTitle title uri type>
  <#if uri == "index.html"><#return s.ui.home + " – " + s.siteName></#if>
  <#if title == s.siteName><#return (s.typeLabels[type]!title) + " – " + s.siteName></#if>
  <#return title + " – " + s.siteName>
</#function>

<#-- The document's own date and the page's last change, labelled apart, under the title. -->
<#macro dates content showPublished=true>
  <p class="page-dates no-index"><#if showPublished><span data-published>${s.ui.published} <@date content.date/></span> </#if><#if content.updated??><span>${s.ui.lastUpdated} <@date content.updated/></span></#if></p>
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
<title>${pageTitle(title, uri, type)}</title>
<#-- data-page: the page's own description, which search shows as a result's summary; the site's says nothing of the page. -->
<meta name="description" content="${(content.description)!s.siteDescription}"<#if (content.description)??> data-page</#if>>
<link rel="icon" href="${root}favicon.svg?v=${config.asset_version}" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css?v=${config.asset_version}">
<link rel="stylesheet" href="${root}css/search.css?v=${config.asset_version}">
<link rel="stylesheet" href="${root}css/print.css?v=${config.asset_version}" media="print">
<script src="${root}js/search.js?v=${config.asset_version}" defer></script>
<#-- Not deferred: it marks <html> before the first paint, so a phone never shows the menu open and then closed. -->
<script src="${root}js/site.js?v=${config.asset_version}"></script>
</head>
<body data-content-type="${type}"<#if noindex || ((content.search)!"") == "nej"> data-noindex</#if>>
<a class="skip-link" href="#indhold">${s.ui.skipLink}</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-header__name" href="${root}index.html">${s.siteName}</a>
    <form class="site-search" role="search" aria-label="${s.ui.searchLandmark}" action="${root}search.html" method="get" data-search-text="{<#list s.searchText as key, text>&quot;${key}&quot;:&quot;${text?json_string}&quot;<#sep>,</#sep></#list>}">
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
      <#list sections()?filter(x -> x.folder == folder) as section>
        <#if uri == folder + "/index.html">
      <li><a href="${root}${uri}" aria-current="page">${title}</a></li>
        <#else>
          <#if nav().landing(folder)??>
      <li><a href="${root}${folder}/index.html">${section.label}</a></li>
          <#else>
      <li>${section.label}</li>
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
    <#-- The front page lists the whole site itself, and the search page leads to its results: neither repeats the menu. -->
    <#if uri != "index.html" && type != "search">
    <nav class="side-nav" aria-label="${s.ui.sideNav}">
      <button type="button" class="menu-toggle" aria-expanded="false" aria-controls="side-nav-list">${s.ui.menu}</button>
      <ul id="side-nav-list">
        <li class="side-nav__section side-nav__home"><a href="${root}index.html">${s.ui.home}</a></li>
      <#-- A small site shows every section open; a large one only the current section, near the current page. -->
      <#local small = nav().pageCount() lte 60>
      <#list sections() as section>
        <#local entries = nav().pagesIn(section.folder)>
        <#local landing = nav().landing(section.folder)!>
        <#if entries?has_content || landing?has_content>
        <#local current = section.folder == folder>
        <li class="side-nav__section<#if current> side-nav__section--current</#if>">
          <#-- The heading leads to the section's landing page, or to its only page, so that a phone,
               which shows only headings for the other sections, can still reach everything. -->
          <#local headingHref = landing?has_content?then(landing.uri, (entries?size == 1)?then(entries[0].uri, ""))>
          <#if headingHref?has_content>
          <a class="side-nav__heading" href="${root}${headingHref}"<#if uri == headingHref && landing?has_content> aria-current="page"</#if>>${section.label}</a>
          <#else>
          <span class="side-nav__heading">${section.label}</span>
          </#if>
          <#if small || current>
          <ul>
          <#list nav().listedIn(section.folder, uri) as p>
            <li><a href="${root}${p.uri}"<#if p.uri == uri> aria-current="page"</#if>>${p.title}</a></li>
          </#list>
          </ul>
          </#if>
        </li>
        </#if>
      </#list>
      </ul>
    </nav>
    </#if>
    <main id="indhold" tabindex="-1">
      <#nested>
      <@seeAlso uri=uri root=root/>
      <@pager uri=uri folder=folder root=root/>
    </main>
  </div>
</div>
<footer class="site-footer">
  <div class="site-footer__inner">
    <p><strong>${s.ui.footerOrg}</strong> · ${s.ui.footerUnit}</p>
    <p>${s.ui.footerContact}: ${config.contact_address!""} · ${s.ui.mobile} ${config.contact_phone!""} ·
      <a href="mailto:${config.contact_email!""}">${config.contact_email!""}</a></p>
    <ul class="site-footer__links">
    <#-- A project without an "Om sitet" section (a new one, a test's) gets no link that would be broken. -->
    <#local about = nav().landing("om")!>
    <#if about?has_content>
      <li><a href="${root}${about.uri}">${s.ui.footerAbout}</a></li>
    </#if>
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
