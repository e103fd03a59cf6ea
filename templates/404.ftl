<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<@layout.page title=s.ui.notFoundTitle root="" uri="404.html" type="error" noindex=true>
  <h1>${s.ui.notFoundTitle}</h1>
  <p>${s.ui.notFoundText}</p>
  <p><a href="index.html">${s.ui.notFoundHome}</a></p>
</@layout.page>
