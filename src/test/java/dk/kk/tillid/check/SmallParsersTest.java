package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parsers for what sits inside attribute values and CSS. */
class SmallParsersTest {

    @Test
    void srcsetSplitsCandidatesAsTheHtmlStandardDoes() {
        assertEquals(List.of("a.png", "b.png"), SrcsetCandidates.urls("a.png 1x, b.png 2x"));
        assertEquals(List.of("a.png", "b.png"), SrcsetCandidates.urls(" a.png 100w,b.png 200w "));
        assertEquals(List.of("a.png,b.png"), SrcsetCandidates.urls("a.png,b.png"));
        assertEquals(List.of("a,b.png", "c.png"), SrcsetCandidates.urls("a,b.png 1x, c.png 2x"));
        assertEquals(List.of("a.png", "b.png"), SrcsetCandidates.urls("a.png (foo, bar) 1x, b.png"));
        assertEquals(List.of(), SrcsetCandidates.urls(" , "));
    }

    @Test
    void cssFindsUrlsAndImportsWithTheirLines() {
        String css = String.join("\n",
                "@import \"a.css\";",
                "@import url(b.css) print;",
                "/* url(kommentar.png)",
                "   @import 'kommentar.css'; */",
                ".x { background: URL( 'c d.png' ) }",
                ".y::after { content: \"url(streng.png)\" }",
                ".z { background: url(e\\ f.png) }",
                ".w { background: url(\"g\\\"h.png\") }",
                ".v { mask: url(\\31 .png) } .u { background: myurl(x.png) }");
        assertEquals(List.of(
                new CssReferences.CssUrl("a.css", 0, true),
                new CssReferences.CssUrl("b.css", 1, true),
                new CssReferences.CssUrl("c d.png", 4, false),
                new CssReferences.CssUrl("e f.png", 6, false),
                new CssReferences.CssUrl("g\"h.png", 7, false),
                new CssReferences.CssUrl("1.png", 8, false)), CssReferences.in(css));
    }

    @Test
    void cssCountsCrLfAsOneLine() {
        assertEquals(List.of(new CssReferences.CssUrl("x.png", 2, false)), CssReferences.in("a{}\r\nb{}\r\nc{background:url(x.png)}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0; url=x.html|x.html",
            "0;URL='x y.html'|x y.html",
            "5, url = \"x.html\"|x.html",
            "0 x.html|x.html",
            "0.5;url=x.html|x.html",
            "9; url=x.html|x.html",
            "0; url|url",
            "0;urlx.html|urlx.html",
            "0; url x.html|url x.html"})
    void refreshGivesItsUrl(String content, String url) {
        assertEquals(Optional.of(url), RefreshContent.url(content));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"30", "0;", " 5 , ", "5 ", "url=x.html", ""})
    void refreshWithoutUrlOnlyReloads(String content) {
        assertEquals(Optional.empty(), RefreshContent.url(content));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "3x;url=x.html|forsinkelsen \"3x\" er ikke et antal sekunder",
            "5s|forsinkelsen \"5s\" er ikke et antal sekunder",
            "1.5.x, url=x.html|forsinkelsen \"1.5.x\" er ikke et antal sekunder",
            "url=x.html|content begynder ikke med et antal sekunder",
            "-1; url=x.html|content begynder ikke med et antal sekunder",
            "' '|content er tom"})
    void aMalformedRefreshIsIgnoredWithTheReason(String content, String reason) {
        assertEquals(new RefreshContent(null, reason), RefreshContent.parse(content));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "0;url=x.html", ".5, x.html", "3 url = 'x.html'", "1.5.5;x.html", "0\turl=x.html"})
    void aWellFormedRefreshIsNotMalformed(String content) {
        assertEquals(null, RefreshContent.parse(content).malformed());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a.png", "a.png 2x", "a.png 100w", "a.png 100w 50h", "a.png 1.5x", "a.png .5x", "a.png 1e1x",
            "a.png 0x", "a.png,", "b.png 1q, a.png 1x", "  a.png  \t2x  "})
    void srcsetWithACandidate(String srcset) {
        assertTrue(SrcsetCandidates.hasCandidate(srcset), srcset);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " , ", "a.png 2q", "a.png 2X", "a.png 1x 2x", "a.png 100w 2x", "a.png 2x 100w", "a.png 0w",
            "a.png 50h", "a.png 50h 50h 100w", "a.png 100w 100w", "a.png -1x", "a.png 1.x", "a.png x", "a.png w",
            "a.png (1x)", "a.png 2x (foo, bar)"})
    void srcsetWithoutACandidate(String srcset) {
        assertFalse(SrcsetCandidates.hasCandidate(srcset), srcset);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:redaktion@kk.dk", "MAILTO:Redaktion@KK.dk", "mailto:a@kk.dk,%20b@kk.dk",
            "mailto:a@kk.dk?subject=Hej%20med%20dig&body=x", "mailto:?to=a@kk.dk", "mailto:søren@kk.dk", "mailto:a+b@kk.dk"})
    void wellFormedMailto(String url) {
        assertTrue(ContactUrls.isValidMailto(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailto:", "mailto:redaktion", "mailto:redaktion@kk", "mailto:Redaktion <a@kk.dk>",
            "mailto:a@kk.dk,,b@kk.dk", "mailto:a@@kk.dk", "mailto:a b@kk.dk", "mailto:?subject=x", "mailto:a@kk.dk?cc=b"})
    void malformedMailto(String url) {
        assertFalse(ContactUrls.isValidMailto(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel:+4533663366", "tel:+45 33 66 33 66", "tel:+45-33-66-33-66", "tel:(+45)%2033663366", "tel:112",
            "tel:+4533663366;ext=12", "tel:441234567,88", "tel:+45-1234-5678,88", "tel:*100%23", "tel:*100#", "tel:33.66.33.66",
            "tel:+45%2033%2066%2033%2066", "tel:1,,2", "tel:0", "tel:9"})
    void wellFormedTel(String url) {
        assertEquals(Optional.empty(), ContactUrls.telProblem(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tel:", "tel:ring-mig", "tel:+45 33 66 33 66 (omstilling)", "tel:++45", "tel:+", "tel:*%23", "tel:,", "tel:;ext=12"})
    void malformedTel(String url) {
        assertTrue(ContactUrls.telProblem(url).isPresent(), url);
    }

    @Test
    void telSaysWhatIsWrong() {
        assertEquals(Optional.of("intet telefonnummer: der er ingen cifre"), ContactUrls.telProblem("tel:;ext=12"));
        assertEquals(Optional.of("\"x\" kan ikke ringes op; skriv cifre, + forrest, * # , og skilletegnene - . ( ) eller mellemrum"),
                ContactUrls.telProblem("tel:+45 33x"));
    }

    @Test
    void percentDecodingIsNotFormDecoding() {
        assertEquals(Optional.of("a+b c"), PercentDecoding.decode("a+b%20c"));
        assertEquals(Optional.of("100%"), PercentDecoding.decode("100%"));
        assertEquals(Optional.of("%zz%4"), PercentDecoding.decode("%zz%4"));
        assertEquals(Optional.of("æ/"), PercentDecoding.decode("%C3%A6%2F"));
        assertEquals(Optional.empty(), PercentDecoding.decode("%E6"));
    }
}
