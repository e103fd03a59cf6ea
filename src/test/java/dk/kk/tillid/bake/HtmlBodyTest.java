package dk.kk.tillid.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlBodyTest {

    @Test
    void marksOnlyTheFirstUseOfEachAbbreviation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ordliste.adoc");
        Files.writeString(file, "= Ordliste\n\nKK:: Københavns Kommune\nbl.a. / bla.:: blandt andet\nd.:: den\nadm.dir.:: administrerende direktør\n");
        Glossary glossary = Glossary.read(file);
        String html = HtmlBody.polish("<p>I KK og bla. i KK, d. 6. v. adm.dir. <a href=\"x\">KK</a></p><h2 id=\"a\">KK</h2><p>bl.a. KKK</p><p>Tværgående KK</p>",
                glossary).html();
        assertEquals("<p>I <abbr title=\"Københavns Kommune\">KK</abbr> og <abbr title=\"blandt andet\">bla.</abbr> i KK, "
                + "<abbr title=\"den\">d.</abbr> 6. v. <abbr title=\"administrerende direktør\">adm.dir.</abbr> <a href=\"x\">KK</a></p>"
                + "<h2 id=\"a\">KK</h2><p><abbr title=\"blandt andet\">bl.a.</abbr> KKK</p><p>Tværgående KK</p>", html);
    }

    @Test
    void anAbbreviationLinksItsEntryAndOnlyTheAbbreviationsSectionIsMarked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ordliste.adoc");
        Files.writeString(file, "= Ordliste\n\n== Forkortelser\n\nbl.a. / bla.:: blandt andet\nKK:: Københavns Kommune\n\n"
                + "== Navne\n\nUlla Koch:: Sagsbehandler på rapporten.\n");
        Glossary glossary = Glossary.read(file);
        String html = HtmlBody.polish("<p>Ulla Koch i KK, bla. her</p>", glossary, "../opslag/ordliste.html", false).html();
        assertEquals("<p>Ulla Koch i <a class=\"term\" href=\"../opslag/ordliste.html#term-kk\"><abbr title=\"Københavns Kommune\">KK</abbr></a>, "
                + "<a class=\"term\" href=\"../opslag/ordliste.html#term-bl-a\"><abbr title=\"blandt andet\">bla.</abbr></a> her</p>", html);

        String page = HtmlBody.polish("<dl><dt>bl.a. / bla.</dt><dd>blandt andet</dd><dt>Ærø Ås</dt><dd>x</dd></dl>",
                Glossary.EMPTY, null, true).html();
        assertEquals("<dl><dt id=\"term-bl-a\">bl.a. / bla.</dt><dd>blandt andet</dd><dt id=\"term-aeroe-aas\">Ærø Ås</dt><dd>x</dd></dl>", page);
    }

    @Test
    void anExcerptBecomesAFigureCaptionedWithItsSource() {
        String html = HtmlBody.polish("<div class=\"quoteblock report-excerpt\"><div class=\"title\">Fra rapporten: "
                + "<a href=\"r.html#a\">A</a></div><blockquote><p>Tekst.</p></blockquote></div>", Glossary.EMPTY).html();
        assertEquals("<figure class=\"report-excerpt\"><figcaption>Fra rapporten: <a href=\"r.html#a\">A</a></figcaption>"
                + "<blockquote cite=\"r.html#a\"><p>Tekst.</p></blockquote></figure>", html);
    }

    @Test
    void aTableScrollsInARegionNamedByItsColumns() {
        String html = HtmlBody.polish("<table class=\"tableblock\"><thead><tr><th>Tid</th><th>Indhold</th></tr></thead></table>",
                Glossary.EMPTY).html();
        assertEquals("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel: Tid, Indhold\">"
                + "<table class=\"tableblock\"><thead><tr><th>Tid</th><th>Indhold</th></tr></thead></table></div>", html);
    }
}
