<#ftl output_format="HTML">
<#import "lib/strings.ftl" as s>
<#-- A page's old address (bake/Redirects): browsers go on at once; the link is for those that do not. -->
<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<title>${s.ui.movedTitle}: ${title} – ${s.siteName}</title>
<link rel="canonical" href="${canonical}">
<link rel="icon" href="${root}favicon.svg?v=${config.asset_version}" type="image/svg+xml">
<link rel="stylesheet" href="${root}css/site.css?v=${config.asset_version}">
</head>
<body data-content-type="redirect" data-noindex>
<main id="indhold" class="page">
  <h1>${s.ui.movedTitle}</h1>
  <p>${s.ui.movedTo} <a href="${target}">${title}</a>.</p>
</main>
</body>
</html>
