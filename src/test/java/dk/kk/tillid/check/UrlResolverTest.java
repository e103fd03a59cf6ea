package dk.kk.tillid.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlResolverTest {

    private static final Target PAGE = new Target.Local(DecodedPath.of("a/b/side.html"), null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "x.html|/a/b/x.html",
            "./x.html|/a/b/x.html",
            "../x.html|/a/x.html",
            "../../x.html|/x.html",
            "/x.html|/x.html",
            "/|/",
            "..|/a/",
            "../|/a/",
            ".|/a/b/",
            "c/|/a/b/c/",
            "%2e%2e/x.html|/a/x.html",
            ".%2E/x.html|/a/x.html",
            "..\\x.html|/a/x.html",
            "x.html?y=1#z|/a/b/x.html",
            "?y=1|/a/b/side.html",
            "a+b.html|/a/b/a+b.html",
            "a%2Bb.html|/a/b/a+b.html",
            "a%20b.html|/a/b/a b.html",
            "a b.html|/a/b/a b.html",
            "%C3%A6%C3%B8%C3%A5.html|/a/b/æøå.html",
            "100%.html|/a/b/100%.html",
            "'  x.html\t'|/a/b/x.html",
            "c//x.html|/a/b/c//x.html"})
    void resolvesRelativeToThePageAsTheUrlStandardDoes(String href, String path) {
        Target.Local target = (Target.Local) UrlResolver.resolve(href, PAGE);
        assertEquals(path, target.path().toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "#foo|foo",
            "x.html#b%C3%A6r|b%C3%A6r",
            "x.html#|''",
            "x.html#a#b|a#b"})
    void keepsTheRawFragment(String href, String fragment) {
        assertEquals(fragment, ((Target.Local) UrlResolver.resolve(href, PAGE)).fragment());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://kk.dk/x|https://kk.dk/x",
            "HTTP://KK.DK|HTTP://KK.DK",
            "//kk.dk/x|https://kk.dk/x",
            "\\\\kk.dk\\x|https://kk.dk/x"})
    void treatsHttpAndSchemeRelativeAsExternal(String href, String url) {
        assertEquals(new Target.External(url), UrlResolver.resolve(href, PAGE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"mailto:a@kk.dk|mailto", "TEL:112|tel", "file:///x|file", "javascript:void(0)|javascript",
            "C:\\x.html|c", "data:,x|data"})
    void recognisesOtherSchemes(String href, String scheme) {
        assertEquals(scheme, ((Target.OtherScheme) UrlResolver.resolve(href, PAGE)).scheme());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"../../../x.html", "/../x.html", "../../%2e%2e/x.html"})
    void climbingAboveTheRootIsNotClamped(String href) {
        assertEquals(new Target.AboveRoot(), UrlResolver.resolve(href, PAGE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bl%E5b%E6r.html", "%C3.html"})
    void percentEncodingMustBeUtf8(String href) {
        assertEquals(Target.BadEncoding.class, UrlResolver.resolve(href, PAGE).getClass());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "x.html|https://example.com/docs/x.html",
            "../x.html|https://example.com/x.html",
            "/x y.html|https://example.com/x%20y.html"})
    void behindAnExternalBaseEveryRelativeLinkIsExternal(String href, String url) {
        Target base = new Target.External("https://example.com/docs/");
        assertEquals(new Target.External(url), UrlResolver.resolve(href, base));
    }
}
