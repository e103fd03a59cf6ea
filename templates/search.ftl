<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#assign root = content.rootpath!"">
<@layout.page title=content.title root=root uri=content.uri type=content.type noindex=true>
  <h1>${content.title}</h1>
  <form class="search-page-form" role="search" aria-label="${s.ui.searchPageLandmark}" action="search.html" method="get">
    <label for="search-page-q">${s.ui.searchLabel}</label>
    <input type="search" id="search-page-q" name="q">
    <button type="submit">${s.ui.searchButton}</button>
  </form>
  <fieldset id="search-filter" hidden><legend>${s.ui.searchFilter}</legend></fieldset>
  <p id="search-status" role="status" aria-live="polite"></p>
  <div id="search-results"></div>
  <noscript><p>${s.ui.searchNoScript}</p></noscript>
</@layout.page>
