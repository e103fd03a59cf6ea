<#ftl output_format="HTML">
<#import "lib/layout.ftl" as layout>
<#import "lib/strings.ftl" as s>
<#-- A web server shows this page for a missing address at any depth, so it links from the site's public path. -->
<@layout.page title=s.ui.notFoundTitle root=config.site_path uri="404.html" type="error" noindex=true>
  <h1>${s.ui.notFoundTitle}</h1>
  <p>${s.ui.notFoundText}</p>
  <p><a href="${config.site_path}index.html">${s.ui.notFoundHome}</a></p>
</@layout.page>
