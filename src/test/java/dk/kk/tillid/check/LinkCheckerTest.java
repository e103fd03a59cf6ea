package dk.kk.tillid.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One site with every defect the check knows, each on its own line of fejl.html (or in its own file), beside
 * valid links chosen to trip a careless checker. The test asserts the exact set of findings: every defect
 * found at its line with its severity and kind, and nothing valid reported.
 */
class LinkCheckerTest {

    @TempDir
    static Path root;

    private static CheckReport report;

    @BeforeAll
    static void checkFixtureSite() throws IOException {
        SiteWriter site = new SiteWriter(root);
        writeFiles(site);
        writeValidPages(site);
        writeDefects(site);
        report = new LinkChecker(root).run();
    }

    private static void writeFiles(SiteWriter site) {
        site.file("billeder/logo.png").file("billeder/logo-2x.png").file("billeder/æøå.png")
                .file("billeder/hero 1.png").file("billeder/c++.png")
                .file("dokumenter/a+b.pdf").file("dokumenter/årsrapport 2013.pdf")
                .file("film/intro.mp4").file("css/fonts/x.woff2").file("css/fonts/x.woff")
                .directory("sider/tom");
        site.lines("css/site.css",
                "@charset \"utf-8\";",
                "@import url(\"print.css\");",
                "@import 'fonts.css' screen;",
                "/* url(kommentar.png) @import \"kommentar.css\"; */",
                "body { background: url(../billeder/logo.png) no-repeat; }",
                ".hero { background-image: url( \"../billeder/hero%201.png\" ); }",
                ".plus { background-image: url('../billeder/c++.png'); }",
                ".data { background: url(data:image/svg+xml;utf8,<svg></svg>); }",
                ".mangler { background: url(../billeder/findes-ikke.png); }",
                ".a::before { content: \"url(streng.png)\"; }",
                "@font-face { font-family: X; src: url(fonts/x.woff2) format(\"woff2\"), url(fonts/x.woff) format(\"woff\"); }",
                ".svg { filter: url(#skygge); }");
        site.lines("css/print.css",
                "/* print */",
                ".logo { background: url(\"../billeder/print-logo.png\"); }");
        site.lines("css/fonts.css", "@font-face { src: url(fonts/x.woff2); }");
    }

    private static void writeValidPages(SiteWriter site) {
        site.lines("index.html",
                "<!DOCTYPE html>",
                "<html lang=\"da\"><head><meta charset=\"utf-8\"><title>Forside</title>",
                "<link rel=\"stylesheet\" href=\"css/site.css?v=3\">",
                "<link rel=\"preconnect\" href=\"https://fonts.example\">",
                "<link rel=\"dns-prefetch\" href=\"//cdn.example\">",
                "<link rel=\"preconnect\" href=\"\">",
                "<link rel=\"icon\" href=\"/billeder/logo.png\">",
                "<meta property=\"og:image\" content=\"https://example.com/del.png\">",
                "</head><body id=\"top-of-page\">",
                "<a href=\"om.html\">Om</a> <a href=\"om.html#historie\">id</a> <a href=\"om.html#gammelt-anker\">a name</a>",
                "<a href=\"#top\">top</a> <a href=\"#TOP\">TOP</a> <a href=\"om.html#\">tomt fragment</a> <a href=\"#top-of-page\">id</a>",
                "<a href=\"bilag/\">mappe</a> <a href=\"bilag/index.html\">index</a> <a href=\"./bilag/bilag-1.html#foo\">./</a>",
                "<a href=\"bilag/bilag-1.html?x=1#foo\">query</a> <a href=\"bilag/../om.html\">..</a> <a href=\"/om.html\">/</a> <a href=\"/\">rod</a>",
                "<a href=\"billeder/%C3%A6%C3%B8%C3%A5.png\">kodet</a> <a href=\"billeder/æøå.png\">ukodet</a>",
                "<a href=\"billeder/hero%201.png\">%20</a> <a href=\"billeder/hero 1.png\">mellemrum</a>",
                "<a href=\"billeder/c++.png\">plus</a> <a href=\"billeder/c%2B%2B.png\">%2B</a> <a href=\"dokumenter/a+b.pdf\">a+b</a>",
                "<a href=\"dokumenter/%C3%A5rsrapport%202013.pdf\">årsrapport</a> <a href=\"sider/bl%C3%A5b%C3%A6r.html#b%C3%A6r\">fragment</a>",
                "<a href=\"om.html?q=a+b&amp;r=%zz\">query</a> <a href=\" om.html \">blanke</a> <a href=\"o",
                "m.html\">linjeskift</a>",
                "<a href=\"https://example.com/x\">ekstern</a> <a href=\"//example.com/x\">uden skema</a> <a href=\"HTTP://EXAMPLE.COM\">STOR</a>",
                "<a href=\"mailto:redaktion@kk.dk\">mail</a> <a href=\"mailto:a@kk.dk,b@kk.dk?subject=Hej%20med%20dig\">flere</a>",
                "<a href=\"mailto:?to=redaktion@kk.dk\">to</a> <a href=\"tel:+45 33 66 33 66\">tlf</a> <a href=\"tel:+4533663366\">tlf</a>",
                "<a href=\"ftp://example.com/fil\">ftp</a> <a>uden href</a> <a name=\"anker-her\">anker</a>",
                "<a href=\"latin.html\">latin</a> <a href=\"latin2.html\">latin2</a> <a href=\"docs/base.html\">base</a> <a href=\"Store.html\">Store</a>",
                "<img src=\"billeder/logo.png\" alt=\"Logo\" srcset=\"billeder/logo.png 1x, billeder/logo-2x.png 2x\">",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">",
                "<img src=\"billeder/logo.png\" alt=\"\" srcset=\"billeder/logo.png 100w,billeder/logo-2x.png 200w\" sizes=\"(max-width: 600px) 100vw, 50vw\">",
                "<picture><source srcset=\"billeder/logo-2x.png 2x, billeder/logo.png\"><img src=\"billeder/logo.png\" alt=\"\"></picture>",
                "<img src=\"billeder/logo.png\" alt=\"\" usemap=\"#kort\"><map name=\"kort\"><area href=\"om.html\" alt=\"Om\"></map>",
                "<video src=\"film/intro.mp4\" poster=\"billeder/logo.png\"></video> <object data=\"billeder/logo.png\"></object>",
                "<iframe src=\"om.html\"></iframe> <form action=\"/bilag/\"></form> <blockquote cite=\"https://example.com/citat\"></blockquote>",
                "<div style=\"background-image: url(billeder/logo.png)\"></div>",
                "<div style='background: url(\"billeder/hero 1.png\")'></div>",
                "<style>.x{background:url( 'billeder/logo.png' )} /* url(kommentar.png) */ .y::after{content:\"url(streng.png)\"}",
                ".z{background:url(data:image/gif;base64,R0lGOD==)}</style>",
                "<!-- <a href=\"slettet.html\">gammelt link</a> <img src=\"slettet.png\"> -->",
                "<script>document.write('<a href=\"script-link.html\">x</a>'); var u = \"url(x.png)\";</script>",
                "<pre><code>&lt;a href=\"kode-eksempel.html\"&gt;eksempel&lt;/a&gt;</code></pre>",
                "<p>Se https://example.com/tekst.html og www.kk.dk/side.html</p>",
                "<textarea><a href=\"textarea.html\"></a></textarea>",
                "<a href=\"data:text/plain,hej\">data</a>",
                "</body></html>");
        site.lines("om.html",
                "<!DOCTYPE html><html><head><title>Om</title></head><body>",
                "<h2 id=\"historie\">Historie</h2> <a name=\"gammelt-anker\"></a>",
                "<a href=\"index.html#anker-her\">tilbage</a>",
                "</body></html>");
        site.lines("Store.html", "<!DOCTYPE html><title>Store</title><p>Stort S.</p>");
        site.lines("bilag/index.html",
                "<!DOCTYPE html><html><head><title>Bilag</title>",
                "<link rel=\"stylesheet\" href=\"../css/site.css\"></head><body>",
                "<a href=\"../om.html\">..</a> <a href=\"..\\om.html\">backslash</a> <a href=\"%2e%2e/om.html\">%2e</a>",
                "<a href=\"./bilag-1.html\">./</a> <a href=\"bilag-1.html#foo\">foo</a> <a href=\"..\">op</a> <a href=\"../\">op/</a>",
                "<img src=\"../billeder/logo.png\" alt=\"\">",
                "</body></html>");
        site.lines("bilag/bilag-1.html",
                "<!DOCTYPE html><html><head><title>Bilag 1</title></head><body>",
                "<h2 id=\"foo\">Foo</h2>",
                "</body></html>");
        site.lines("sider/blåbær.html",
                "<!DOCTYPE html><html><head><title>Blåbær</title></head><body>",
                "<h2 id=\"bær\">Bær</h2> <a href=\"../index.html\">forside</a>",
                "</body></html>");
        site.text("latin.html", String.join("\n",
                "<!DOCTYPE html><html><head>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">",
                "<title>Æblegrød – “citat”</title></head><body>",
                "<a href=\"billeder/æøå.png\">æøå</a> <a href=\"sider/blåbær.html#bær\">blåbær</a>",
                "</body></html>"), Charset.forName("windows-1252"));
        site.text("latin2.html", String.join("\n",
                "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Æble</title></head><body>",
                "<a href=\"sider/blåbær.html\">blåbær</a>",
                "</body></html>"), Charset.forName("iso-8859-1"));
        site.lines("docs/base.html",
                "<!DOCTYPE html><html><head><title>Base</title>",
                "<base href=\"/bilag/\"><base href=\"/sider/\">",
                "</head><body>",
                "<a href=\"bilag-1.html#foo\">relativt til base</a> <a href=\"index.html\">index</a>",
                "<img src=\"../billeder/logo.png\" alt=\"\">",
                "</body></html>");
        site.lines("docs/ekstern-base.html",
                "<!DOCTYPE html><html><head><title>Ekstern base</title><base href=\"https://example.com/docs/\"></head>",
                "<body><a href=\"findes-ikke-lokalt.html\">ekstern</a></body></html>");
        site.lines("gammel.html",
                "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0; url=om.html\"><title>Flyttet</title></head>",
                "<body><a href=\"om.html\">Flyttet</a></body></html>");
    }

    private static void writeDefects(SiteWriter site) {
        site.lines("fejl.html",
                /* 1 */ "<!DOCTYPE html>",
                /* 2 */ "<html lang=\"da\"><head><meta charset=\"utf-8\"><title>Fejl</title>",
                /* 3 */ "<link rel=\"stylesheet\" href=\"css/mangler.css\">",
                /* 4 */ "</head><body>",
                /* 5 */ "<a href=\"findes-ikke.html\">mangler</a>",
                /* 6 */ "<a href=\"\">tom</a>",
                /* 7 */ "<a href=\"#\">intet</a>",
                /* 8 */ "<a href=\"om.html#ukendt\">ukendt fragment</a>",
                /* 9 */ "<a href=\"#ingen-her\">ukendt fragment her</a>",
                /* 10 */ "<a href=\"../udenfor.html\">over roden</a>",
                /* 11 */ "<a href=\"bilag\">uden skråstreg</a>",
                /* 12 */ "<a href=\"sider/tom/\">ingen index</a>",
                /* 13 */ "<a href=\"store.html\">forkert store/små</a>",
                /* 14 */ "<a href=\"file:///C:/Users/x.docx\">fil</a>",
                /* 15 */ "<a href=\"javascript:void(0)\">js</a>",
                /* 16 */ "<a href=\"mailto:ikke-en-adresse\">mail</a>",
                /* 17 */ "<a href=\"tel:ring-mig\">tlf</a>",
                /* 18 */ "<p id=\"dobbelt\">a</p><p id=\"dobbelt\">b</p>",
                /* 19 */ "<img src=\"billeder/logo.png\">",
                /* 20 */ "<img src=\"billeder/logo.png\" alt=\"  \">",
                /* 21 */ "<a href=\"gammel.html\">viderestiller</a>",
                /* 22 */ "<img src=\"\" alt=\"\">",
                /* 23 */ "<img src=\"billeder/mangler.png\" alt=\"\" srcset=\"billeder/logo.png 1x, billeder/mangler-2x.png 2x\">",
                /* 24 */ "<div style=\"background: url('billeder/væk.png')\"></div>",
                /* 25 */ "<style>",
                /* 26 */ ".a { background: url(billeder/logo.png) }",
                /* 27 */ ".b { background: url(\"billeder/borte.png\") }",
                /* 28 */ "</style>",
                /* 29 */ "<a href=\"sider/bl%E5b%E6r.html\">latin-1-kodet</a>",
                /* 30 */ "<img src=\"billeder/logo.png\" alt=\"\" usemap=\"#ukendt-kort\">",
                /* 31 */ "<a href=\"C:\\Users\\redaktør\\x.html\">drev</a>",
                /* 32 */ "<script src=\"js/mangler.js\"></script>",
                /* 33 */ "<meta http-equiv=\"refresh\" content=\"5; url=mangler.html\">",
                /* 34 */ "<iframe src=\"mangler/\"></iframe>",
                /* 35 */ "<video poster=\"billeder/plakat.png\" src=\"film.mp4\"></video>",
                /* 36 */ "<object data=\"mangler.svg\"></object>",
                /* 37 */ "<form action=\"send.php\"></form>",
                /* 38 */ "<blockquote cite=\"kilde.html\"></blockquote>",
                /* 39 */ "<meta property=\"og:image\" content=\"billeder/del.png\">",
                /* 40 */ "<input type=\"image\" src=\"knap.png\" alt=\"Send\">",
                /* 41 */ "<map name=\"kort2\"><area href=\"mangler-område.html\" alt=\"x\"></map>",
                /* 42 */ "<link rel=\"icon\" href=\"favicon.ico\">",
                /* 43 */ "<embed src=\"mangler.swf\">",
                /* 44 */ "<audio src=\"lyd.mp3\"><source src=\"lyd.ogg\"><track src=\"tekst.vtt\"></audio>",
                /* 45 */ "<a href=\"bilag/bilag-1.html#Foo\">store/små i fragment</a>",
                /* 46 */ "<a href=\"mangler.html#foo\">fil og fragment mangler</a>",
                /* 47 */ "<img src=\"billeder/æøa\u030A.png\" alt=\"\">",
                /* 48 */ "<a href=\"https://example.com/side\">ekstern</a>",
                /* 49 */ "<a href=\"data:text/plain,hej\">data</a>",
                /* 50 */ "<!-- <span id=\"skjult\"></span> --><a href=\"#skjult\">id i kommentar</a>",
                /* 51 */ "<style>@import url(\"css/væk.css\");</style>",
                /* 52 */ "<a href=\"index.html\"",
                /* 53 */ "   title=\"attributten står på linjen under\"",
                /* 54 */ "   href=\"dobbelt-href.html\">første href gælder</a>",
                /* 55 */ "<a",
                /* 56 */ "   href=\"flere-linjer.html\">linjen er attributtens</a>",
                /* 57 */ "</body></html>");
        site.lines("base-fejl.html",
                "<!DOCTYPE html><html><head><title>Base</title>",
                "<base href=\"/mangler/\">",
                "</head><body></body></html>");
        site.lines("ekstra/forældreløs.html",
                "<!DOCTYPE html><title>Ingen linker hertil</title>",
                "<a href=\"intet.html\">intet</a>");
    }

    @Test
    void findsEveryDefectAndNothingElse() {
        List<String> expected = List.of(
                "base-fejl.html:2: error missing-file /mangler/",
                "css/print.css:2: error missing-file ../billeder/print-logo.png",
                "css/site.css:9: error missing-file ../billeder/findes-ikke.png",
                "ekstra/forældreløs.html:2: error missing-file intet.html",
                "fejl.html:3: error missing-file css/mangler.css",
                "fejl.html:5: error missing-file findes-ikke.html",
                "fejl.html:6: error empty-url ",
                "fejl.html:7: warning hash-only #",
                "fejl.html:8: error missing-fragment om.html#ukendt",
                "fejl.html:9: error missing-fragment #ingen-her",
                "fejl.html:10: error outside-root ../udenfor.html",
                "fejl.html:11: warning directory-without-slash bilag",
                "fejl.html:12: error missing-index sider/tom/",
                "fejl.html:13: error missing-file store.html",
                "fejl.html:14: error file-url file:///C:/Users/x.docx",
                "fejl.html:15: warning javascript-url javascript:void(0)",
                "fejl.html:16: error bad-mailto mailto:ikke-en-adresse",
                "fejl.html:17: error bad-tel tel:ring-mig",
                "fejl.html:18: error duplicate-id dobbelt",
                "fejl.html:19: error missing-alt billeder/logo.png",
                "fejl.html:20: warning blank-alt billeder/logo.png",
                "fejl.html:21: warning refresh-page gammel.html",
                "fejl.html:22: error empty-url ",
                "fejl.html:23: error missing-file billeder/mangler-2x.png",
                "fejl.html:23: error missing-file billeder/mangler.png",
                "fejl.html:24: error missing-file billeder/væk.png",
                "fejl.html:27: error missing-file billeder/borte.png",
                "fejl.html:29: error bad-encoding sider/bl%E5b%E6r.html",
                "fejl.html:30: error missing-fragment #ukendt-kort",
                "fejl.html:31: error file-url C:\\Users\\redaktør\\x.html",
                "fejl.html:32: error missing-file js/mangler.js",
                "fejl.html:33: error missing-file mangler.html",
                "fejl.html:34: error missing-file mangler/",
                "fejl.html:35: error missing-file billeder/plakat.png",
                "fejl.html:35: error missing-file film.mp4",
                "fejl.html:36: error missing-file mangler.svg",
                "fejl.html:37: error missing-file send.php",
                "fejl.html:38: error missing-file kilde.html",
                "fejl.html:39: error missing-file billeder/del.png",
                "fejl.html:40: error missing-file knap.png",
                "fejl.html:41: error missing-file mangler-område.html",
                "fejl.html:42: error missing-file favicon.ico",
                "fejl.html:43: error missing-file mangler.swf",
                "fejl.html:44: error missing-file lyd.mp3",
                "fejl.html:44: error missing-file lyd.ogg",
                "fejl.html:44: error missing-file tekst.vtt",
                "fejl.html:45: error missing-fragment bilag/bilag-1.html#Foo",
                "fejl.html:46: error missing-file mangler.html#foo",
                "fejl.html:47: error missing-file billeder/æøa\u030A.png",
                "fejl.html:50: error missing-fragment #skjult",
                "fejl.html:51: error missing-file css/væk.css",
                "fejl.html:56: error missing-file flere-linjer.html");
        assertEquals(String.join("\n", expected), String.join("\n", report.findings().stream()
                .map(f -> f.file() + ":" + f.line() + ": " + f.severity().label() + " " + f.kind() + " " + f.value())
                .toList()));
    }

    @Test
    void countsEveryPageLinkedOrNot() {
        assertEquals(14, report.pagesChecked());
    }

    @Test
    void messagesNameTheAttributeAndWhatIsWrong() {
        assertEquals("href=\"store.html\": /store.html findes ikke; på disken hedder det \"Store.html\"", message(13));
        assertEquals("href=\"../udenfor.html\": går op over webroden", message(10));
        assertEquals("href=\"om.html#ukendt\": #ukendt findes ikke i /om.html", message(8));
        assertEquals("href=\"sider/tom/\": mappen /sider/tom/ har ingen index.html", message(12));
        assertEquals("id=\"dobbelt\" er allerede brugt på linje 18", message(18));
    }

    @Test
    void aFragmentOnAMissingFileIsReportedOnceAsTheFile() {
        assertEquals(1, report.findings().stream().filter(f -> f.line() == 46 && f.file().equals("fejl.html")).count());
    }

    @Test
    void theSameStylesheetLinkedFromTwoPagesIsCheckedOnce() {
        assertEquals(1, report.findings().stream().filter(f -> f.file().equals("css/site.css")).count());
    }

    @Test
    void offlineExternalLinksAreCountedNotReported() {
        assertTrue(report.externalReferences() >= 8, "externals: " + report.externalReferences());
        assertTrue(report.findings().stream().noneMatch(f -> f.value().startsWith("https://example.com")));
    }

    private static String message(int line) {
        return report.findings().stream()
                .filter(f -> f.file().equals("fejl.html") && f.line() == line)
                .findFirst().orElseThrow().message();
    }
}
