<#ftl output_format="XML">
<#setting time_zone="UTC">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?filter(d -> d.type != "search")?sort_by("uri") as d>
  <url>
    <loc>${config.site_host?remove_ending("/")}/${d.uri}</loc>
    <#-- The page's last change (from git), not the date the document was written. -->
    <lastmod>${(d.updated!d.date)?string["yyyy-MM-dd"]}</lastmod>
  </url>
</#list>
</urlset>
