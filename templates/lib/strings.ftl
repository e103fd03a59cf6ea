<#ftl output_format="HTML">
<#-- Every piece of UI text on the site, in one place, in Danish. -->
<#assign siteName = "Tillidsdagsordenen i lederuddannelser">
<#assign siteDescription = "Tværgående HR's rapport af 13. februar 2013 om tillidsdagsordenen i Københavns Kommunes lederuddannelser, med bilag, programmer og keynotes.">
<#assign ui = {
  "skipLink": "Gå til sidens indhold",
  "home": "Forside",
  "breadcrumb": "Brødkrumme",
  "sideNav": "Sitets sektioner",
  "searchLabel": "Søg på sitet",
  "searchButton": "Søg",
  "searchLandmark": "Hele sitet",
  "searchPageLandmark": "Søgesiden",
  "searchPageTitle": "Søg",
  "searchFilter": "Vis kun",
  "searchNoScript": "Søgningen kræver JavaScript. Brug i stedet menuen eller forsiden.",
  "toc": "Indhold på siden",
  "metadata": "Om dokumentet",
  "date": "Dato",
  "time": "Tid",
  "place": "Sted",
  "caseNo": "Sagsnr.",
  "documentNo": "Dokumentnr.",
  "caseOfficer": "Sagsbehandler",
  "sender": "Afsender",
  "address": "Adresse",
  "mobile": "Mobil",
  "email": "E-mail",
  "ean": "EAN nummer",
  "tags": "Emner",
  "allTags": "Alle emner",
  "tagPagePrefix": "Emne:",
  "tagPageIntro": "Sider med emnet",
  "tagPageSorted": "sorteret efter sidetype og titel",
  "seeAlso": "Se også",
  "previous": "Forrige",
  "next": "Næste",
  "pagination": "Forrige og næste side i sektionen",
  "inThisSection": "I denne sektion",
  "notFoundTitle": "Siden findes ikke",
  "notFoundText": "Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert.",
  "notFoundHome": "Gå til forsiden",
  "movedTitle": "Siden er flyttet",
  "movedTo": "Siden er flyttet til",
  "footerOrg": "Københavns Kommune",
  "footerUnit": "Tværgående HR",
  "footerContact": "Kontakt",
  "footerAbout": "Om sitet",
  "footerAccessibility": "Tilgængelighedserklæring",
  "editPage": "Rediger denne side",
  "lastUpdated": "Senest opdateret",
  "published": "Udgivet",
  "menu": "Menu",
  "tagPagesIntro": "Emnerne samler sider om det samme program, den samme aktivitet eller det samme tema. Vælg et emne for at se alle sider med det.",
  "downloadPdf": "Hent som PDF",
  "downloadPdfWithAnnexes": "Hent rapporten med bilag som PDF"
}>
<#-- Sections of the side navigation, by the content folder they live in. -->
<#assign sections = [
  {"folder": "rapport", "label": "Rapporten"},
  {"folder": "bilag", "label": "Bilag"},
  {"folder": "programmer", "label": "Programmer og aktiviteter"},
  {"folder": "keynotes", "label": "Keynote-programmer"},
  {"folder": "opslag", "label": "Opslag"},
  {"folder": "om", "label": "Om sitet"}
]>
<#-- What search.js shows (handed to it as data-search-text): {q} the query, {n} a number, {count} "N
     resultater", {s} a suggested spelling. -->
<#assign searchText = {
  "one": "1 resultat",
  "many": "{n} resultater",
  "forQuery": "{count} for »{q}«",
  "withoutFilter": " ({n} uden filter)",
  "none": "Ingen resultater for »{q}«.",
  "noneShort": "Ingen resultater.",
  "partial": " Ingen afsnit indeholder alle ordene; her er afsnit med nogle af dem.",
  "didYouMean": " Mente du ",
  "didYouMeanShort": "Mente du {s}?",
  "noneDidYouMean": "Ingen resultater. Mente du {s}?",
  "more": "Vis flere resultater",
  "all": "Vis alle {count}",
  "empty": "Skriv et eller flere søgeord.",
  "searching": "Søger …",
  "onlyStopWords": "Søg på mere end almindelige småord som »og« og »i«.",
  "onlyStopWordsShort": "Skriv mere end almindelige småord.",
  "unavailable": "Søgningen er ikke tilgængelig lige nu. Brug i stedet menuen eller forsiden.",
  "unavailableShort": "Søgningen er ikke tilgængelig lige nu.",
  "listbox": "Søgeresultater",
  "alsoOn": "Også på"
}>
<#-- Content types by what readers see, from the registry of types in jbake.properties (type.<name>.label). -->
<#assign typeLabels = {}>
<#list config?keys as key>
  <#if key?starts_with("type_") && key?ends_with("_label")>
    <#assign typeLabels = typeLabels + {key?remove_beginning("type_")?remove_ending("_label"): config[key]}>
  </#if>
</#list>
<#assign tagLabels = {
  "tillid": "Tillid",
  "lup-2": "LUP 2",
  "lup-3": "LUP 3",
  "dil": "Diplomuddannelse i Ledelse",
  "lederugen": "Lederugen",
  "keynote": "Keynotes",
  "netvaerk": "Netværk",
  "ledelsesreform": "Ledelsesreformen",
  "cogency": "Cogency",
  "kodeks": "Kodeks for god tillidsledelse",
  "koebenhavnerfortaellingen": "Københavnerfortællingen",
  "budget-2013": "Budget 2013"
}>
<#-- The tag as editors wrote it (the bake's site.taglabels); an address written as such gets its label here. -->
<#function tagLabel tag>
  <#local written = (config.site_taglabels[tag])!tag>
  <#if written != tag><#return written></#if>
  <#return tagLabels[tag]!tag>
</#function>
