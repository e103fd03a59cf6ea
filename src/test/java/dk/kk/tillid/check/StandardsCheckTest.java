package dk.kk.tillid.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the URL and HTML standards say about URLs that do not parse, {@code tel:}, {@code cite}, meta refresh,
 * images without {@code src} and {@code <base href="">}: one page per point, each holding defects and valid
 * markup chosen to trip a checker that reads the standards too strictly. Every test asserts the exact findings
 * of its page, so a valid line that gets reported fails it as surely as a defect that is missed.
 */
class StandardsCheckTest {

    private static final String IGNORED = ", så browseren ignorerer den; skriv fx content=\"0; url=side.html\"";

    @TempDir
    Path root;

    /** Each test checks a site of its own pages only, so that each finding is asserted by the test that covers it. */
    @SafeVarargs
    private CheckReport check(Consumer<SiteWriter>... pages) throws IOException {
        SiteWriter site = new SiteWriter(root);
        site.file("findes.png");
        site.lines("findes.html", "<!DOCTYPE html><title>Findes</title><p id=\"afsnit\">Findes.</p>");
        for (Consumer<SiteWriter> page : pages) {
            page.accept(site);
        }
        return new LinkChecker(root).run();
    }

    private static void urlPage(SiteWriter site) {
        site.lines("url.html",
                /* 1 */ "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>URL</title></head><body>",
                /* 2 */ "<a href=\"//////\">kun skråstreger</a>",
                /* 3 */ "<a href=\"http://127.0.0.1:____\">port af streger</a>",
                /* 4 */ "<a href=\"https://exa mple.com/\">mellemrum i værtsnavnet</a>",
                /* 5 */ "<a href=\"http://\">ingen vært</a>",
                /* 6 */ "<a href=\"https://example.com:65536/\">port over 65535</a>",
                /* 7 */ "<a href=\"http://1.2.3.256/\">ikke IPv4</a>",
                /* 8 */ "<a href=\"http://[::1/\">IPv6 uden ]</a>",
                /* 9 */ "<a href=\"https://bruger@/\">kun bruger</a>",
                /* 10 */ "<img src=\"https://exa%20mple.com/x.png\" alt=\"\">",
                /* 11 */ "<a href=\"ftp://\">ftp uden vært</a>",
                /* 12 */ "<a href=\"\\\\\">to omvendte skråstreger</a>",
                /* 13 */ "<link rel=\"icon\" href=\"https://[fe80::1%25eth0]/x.ico\">",
                /* 14 */ "<div style='background: url(\"http://a<b/x.png\")'></div>",
                /* 15 */ "<a href=\"https://example.com:8080:80/\">to porte</a>",
                /* 16 */ "<a href=\"https://example.com:/x\">tom port</a> <a href=\"https://example.com:8443/x\">port</a>",
                /* 17 */ "<a href=\"HTTPS://EXAMPLE.COM\">store bogstaver</a> <a href=\"https://bruger:k@de@example.com/\">@ i kodeord</a>",
                /* 18 */ "<a href=\"https://[::1]:8080/\">IPv6</a> <a href=\"https://[::ffff:192.0.2.1]/\">IPv4 i IPv6</a>",
                /* 19 */ "<a href=\"https://0x7f.1/\">hex-IPv4</a> <a href=\"https://192.168.0.1./\">IPv4 med punktum</a>",
                /* 20 */ "<a href=\"https://københavn.dk/\">IDN</a> <a href=\"https://under_streg.example.com/\">understreg</a>",
                /* 21 */ "<a href=\"https://example.com/sti med mellemrum\">sti</a> <a href=\"https://example.com/?q=a b#c d\">query</a>",
                /* 22 */ "<a href=\"https://a..b/\">tom etiket</a> <a href=\"https://example.com./\">punktum til sidst</a>",
                /* 23 */ "<a href=\"//example.com/x\">skemarelativ</a> <a href=\"https://%65xample.com/\">procentkodet vært</a>",
                /* 24 */ "<a href=\"mailto:a@kk.dk\">mail</a> <a href=\"http:findes.html\">samme skema uden //</a>",
                /* 25 */ "<a href=\"https://example.com:0/\">port 0</a> <a href=\"wss://example.com/\">wss</a>",
                /* 26 */ "</body></html>");
    }

    private static void basePages(SiteWriter site) {
        site.lines("base-tom.html",
                "<!DOCTYPE html><html><head><title>Tom base</title><base href=\"\"></head><body>",
                "<a href=\"findes.html#afsnit\">relativt til siden selv</a>",
                "</body></html>");
        site.lines("base-ugyldig.html",
                "<!DOCTYPE html><html><head><title>Ugyldig base</title><base href=\"https://\"></head><body>",
                "<a href=\"findes-ikke.html\">relativt til siden, da basen ikke kan tolkes</a>",
                "</body></html>");
    }

    private static void telPage(SiteWriter site) {
        site.lines("tel.html",
                /* 1 */ "<!DOCTYPE html><html><head><title>Telefon</title></head><body>",
                /* 2 */ "<a href=\"tel:441234567,88\">pause</a> <a href=\"tel:+45-1234-5678,88\">streger og pause</a>",
                /* 3 */ "<a href=\"tel:*100%23\">servicekode</a> <a href=\"tel:+45 33.66.33.66\">punktummer</a>",
                /* 4 */ "<a href=\"tel:(+45) 3366-3366;ext=12\">lokalnummer</a> <a href=\"tel:+45%2033663366\">%20</a>",
                /* 5 */ "<a href=\"tel:112\">112</a> <a href=\"tel:+4533663366;phone-context=kk.dk\">kontekst</a>",
                /* 6 */ "<a href=\"tel:\">tom</a>",
                /* 7 */ "<a href=\"tel:ring-os\">ord</a>",
                /* 8 */ "<a href=\"tel:+ (  ) -\">kun skilletegn</a>",
                /* 9 */ "<a href=\"tel:,,%23\">ingen cifre</a>",
                /* 10 */ "<a href=\"tel:+45 33 66 33 66 (omstilling)\">bogstaver</a>",
                /* 11 */ "<a href=\"tel:++45\">to plusser</a>",
                /* 12 */ "</body></html>");
    }

    private static void citePage(SiteWriter site) {
        site.lines("cite.html",
                /* 1 */ "<!DOCTYPE html><html><head><title>Cite</title></head><body>",
                /* 2 */ "<p><q cite=\"mangler-q.html\">citat</q></p>",
                /* 3 */ "<del cite=\"mangler-del.html#hvorfor\">gammelt</del>",
                /* 4 */ "<ins cite=\"findes.html#ukendt\">nyt</ins>",
                /* 5 */ "<blockquote cite=\"mangler-blockquote.html\"><p>citat</p></blockquote>",
                /* 6 */ "<q cite=\"findes.html#afsnit\">ok</q> <ins cite=\"https://example.com/beslutning\">ok</ins> <del>uden cite</del>",
                /* 7 */ "<q cite=\"http://\">ugyldig</q>",
                /* 8 */ "</body></html>");
    }

    private static void refreshPages(SiteWriter site) {
        site.lines("refresh-3x.html",
                "<!DOCTYPE html><html><head><title>Fejl i forsinkelsen</title>",
                "<meta http-equiv=\"refresh\" content=\"3x;url=findes.html\">",
                "</head><body></body></html>");
        site.lines("refresh.html",
                /* 1 */ "<!DOCTYPE html><html><head><title>Refresh</title>",
                /* 2 */ "<meta http-equiv=\"refresh\" content=\"url=findes.html\">",
                /* 3 */ "<meta http-equiv=\"Refresh\" content=\"\">",
                /* 4 */ "<meta http-equiv=\"refresh\" content=\"-1; url=findes.html\">",
                /* 5 */ "<meta http-equiv=\"refresh\" content=\"3.5, URL = 'findes.html'\">",
                /* 6 */ "<meta http-equiv=\"refresh\" content=\".5;url=findes.html\">",
                /* 7 */ "<meta http-equiv=\"refresh\" content=\"30\">",
                /* 8 */ "<meta http-equiv=\"refresh\" content=\"0 mangler.html\">",
                /* 9 */ "<meta http-equiv=\"refresh\">",
                /* 10 */ "</head><body><a href=\"refresh-3x.html\">ignoreret refresh sender ingen videre</a></body></html>");
    }

    private static void imagePage(SiteWriter site) {
        site.lines("billeder.html",
                /* 1 */ "<!DOCTYPE html><html><head><title>Billeder</title></head><body>",
                /* 2 */ "<img alt=\"\">",
                /* 3 */ "<img srcset=\"\" alt=\"\">",
                /* 4 */ "<img srcset=\"findes.png 2q\" alt=\"\">",
                /* 5 */ "<img srcset=\"findes.png 1x 2x\" alt=\"\">",
                /* 6 */ "<img srcset=\"findes.png 50h\" alt=\"\">",
                /* 7 */ "<picture><source srcset=\"findes.png\" media=\"(min-width: 800px)\"><img alt=\"\"></picture>",
                /* 8 */ "<picture><source srcset=\"findes.png\" type=\"image/webp\"><img alt=\"\"></picture>",
                /* 9 */ "<img srcset=\"findes.png 1x, findes.png 2x\" alt=\"\"> <img srcset=\"findes.png 100w\" sizes=\"50vw\" alt=\"\">",
                /* 10 */ "<img srcset=\"findes.png 100w 50h\" alt=\"\"> <img srcset=\"findes.png,\" alt=\"\"> <img srcset=\"findes.png\" alt=\"\">",
                /* 11 */ "<img srcset=\"findes.png 1.5x, findes.png (ukendt) 3x\" alt=\"\"> <img src=\"findes.png\" alt=\"\">",
                /* 12 */ "<picture><source srcset=\"findes.png 2x\"><img alt=\"\"></picture>",
                /* 13 */ "<picture><source srcset=\"findes.png\" media=\"print\"><img srcset=\"findes.png\" alt=\"\"></picture>",
                /* 14 */ "<img srcset=\"findes.png 0w\" alt=\"\">",
                /* 15 */ "<picture><img alt=\"\"><source srcset=\"findes.png\"></picture>",
                /* 16 */ "<img srcset=\"mangler.png 2x\" alt=\"\">",
                /* 17 */ "<picture><source srcset=\"mangler-2.png 2x\" type=\"image/webp\"><img src=\"findes.png\" alt=\"\"></picture>",
                /* 18 */ "</body></html>");
    }

    private static void messagePage(SiteWriter site) {
        site.lines("beskeder.html",
                /* 1 */ "<!DOCTYPE html><html><head><title>Beskeder</title></head><body>",
                /* 2 */ "<img src=\"findes.png\" alt=\"\" usemap=\"primary\">",
                /* 3 */ "<map name=\"primary\"><area href=\"findes.html\" alt=\"Findes\"></map>",
                /* 4 */ "<img src=\"findes.png\" alt=\"\" usemap=\"sekundær\">",
                /* 5 */ "<img srcset=\"findes.png 2x\">",
                /* 6 */ "<img srcset=\"findes.png 2x\" alt=\" \">",
                /* 7 */ "<img>",
                /* 8 */ "<img src=\"findes.png\" alt=\"\" usemap=\"#primary\"> <img src=\"findes.png\" alt=\"\" usemap=\"x#primary\">",
                /* 9 */ "<img src=\"findes.png\">",
                /* 10 */ "</body></html>");
    }

    @Test
    void urlsTheParserRejectsAreErrorsWithTheReason() throws IOException {
        CheckReport report = check(StandardsCheckTest::urlPage);
        String noHost = "ugyldig adresse: adressen har intet værtsnavn, så browseren henter intet";
        assertFindings(report, "url.html",
                "2 error bad-url //////|href=\"//////\": " + noHost,
                "3 error bad-url http://127.0.0.1:____|href=\"http://127.0.0.1:____\": ugyldig adresse: porten \"____\" er ikke et tal fra 0 til 65535",
                "4 error bad-url https://exa mple.com/|href=\"https://exa mple.com/\": ugyldig adresse:"
                        + " værtsnavnet \"exa mple.com\" indeholder mellemrum, som ikke må stå i et værtsnavn",
                "5 error bad-url http://|href=\"http://\": " + noHost,
                "6 error bad-url https://example.com:65536/|href=\"https://example.com:65536/\": ugyldig adresse:"
                        + " porten \"65536\" er ikke et tal fra 0 til 65535",
                "7 error bad-url http://1.2.3.256/|href=\"http://1.2.3.256/\": ugyldig adresse:"
                        + " værtsnavnet \"1.2.3.256\" ender på et tal, men er ikke en gyldig IPv4-adresse",
                "8 error bad-url http://[::1/|href=\"http://[::1/\": ugyldig adresse: \"[::1\" er ikke en gyldig IPv6-adresse",
                "9 error bad-url https://bruger@/|href=\"https://bruger@/\": " + noHost,
                "10 error bad-url https://exa%20mple.com/x.png|src=\"https://exa%20mple.com/x.png\": ugyldig adresse:"
                        + " værtsnavnet \"exa%20mple.com\" indeholder mellemrum, som ikke må stå i et værtsnavn",
                "11 error bad-url ftp://|href=\"ftp://\": " + noHost,
                "12 error bad-url \\\\|href=\"\\\\\": " + noHost,
                "13 error bad-url https://[fe80::1%25eth0]/x.ico|href=\"https://[fe80::1%25eth0]/x.ico\": ugyldig adresse:"
                        + " \"[fe80::1%25eth0]\" er ikke en gyldig IPv6-adresse",
                "14 error bad-url http://a<b/x.png|url(http://a<b/x.png): ugyldig adresse:"
                        + " værtsnavnet \"a<b\" indeholder \"<\", som ikke må stå i et værtsnavn",
                "15 error bad-url https://example.com:8080:80/|href=\"https://example.com:8080:80/\": ugyldig adresse:"
                        + " porten \"8080:80\" er ikke et tal fra 0 til 65535");
    }

    @Test
    void anUnparseableUrlIsNotCountedAsExternal() throws IOException {
        CheckReport report = check(StandardsCheckTest::urlPage, StandardsCheckTest::citePage);
        // Two valid external links on each of lines 16 to 23 of url.html, one on 24 and 25 (wss is not http),
        // one in cite.html; none of the URLs that do not parse.
        assertEquals(19, report.externalReferences());
    }

    @Test
    void anEmptyBaseChangesNothingAndABaseThatDoesNotParseIsIgnored() throws IOException {
        CheckReport report = check(StandardsCheckTest::basePages);
        assertFindings(report, "base-tom.html");
        assertFindings(report, "base-ugyldig.html",
                "1 error bad-url https://|href=\"https://\": ugyldig adresse: adressen har intet værtsnavn, så browseren henter intet",
                "2 error missing-file findes-ikke.html|href=\"findes-ikke.html\": /findes-ikke.html findes ikke");
        assertEquals(4, report.referencesChecked(), "both bases and both links");
    }

    @Test
    void telNeedsADigitAndAcceptsWhatPhonesDial() throws IOException {
        CheckReport report = check(StandardsCheckTest::telPage);
        String noDigit = "intet telefonnummer: der er ingen cifre";
        String advice = " kan ikke ringes op; skriv cifre, + forrest, * # , og skilletegnene - . ( ) eller mellemrum";
        assertFindings(report, "tel.html",
                "6 error bad-tel tel:|href=\"tel:\": " + noDigit,
                "7 error bad-tel tel:ring-os|href=\"tel:ring-os\": " + noDigit,
                "8 error bad-tel tel:+ (  ) -|href=\"tel:+ (  ) -\": " + noDigit,
                "9 error bad-tel tel:,,%23|href=\"tel:,,%23\": " + noDigit,
                "10 error bad-tel tel:+45 33 66 33 66 (omstilling)|href=\"tel:+45 33 66 33 66 (omstilling)\": \"o\"" + advice,
                "11 error bad-tel tel:++45|href=\"tel:++45\": \"+\"" + advice);
    }

    @Test
    void citeIsCheckedOnQDelAndInsAsOnBlockquote() throws IOException {
        CheckReport report = check(StandardsCheckTest::citePage);
        assertFindings(report, "cite.html",
                "2 error missing-file mangler-q.html|cite=\"mangler-q.html\": /mangler-q.html findes ikke",
                "3 error missing-file mangler-del.html#hvorfor|cite=\"mangler-del.html#hvorfor\": /mangler-del.html findes ikke",
                "4 error missing-fragment findes.html#ukendt|cite=\"findes.html#ukendt\": #ukendt findes ikke i /findes.html",
                "5 error missing-file mangler-blockquote.html|cite=\"mangler-blockquote.html\": /mangler-blockquote.html findes ikke",
                "7 error bad-url http://|cite=\"http://\": ugyldig adresse: adressen har intet værtsnavn, så browseren henter intet");
    }

    @Test
    void aRefreshWithAMalformedDelayIsAWarningNotAMissingFile() throws IOException {
        CheckReport report = check(StandardsCheckTest::refreshPages);
        assertFindings(report, "refresh-3x.html",
                "2 warning bad-refresh 3x;url=findes.html|content=\"3x;url=findes.html\": ugyldig meta refresh:"
                        + " forsinkelsen \"3x\" er ikke et antal sekunder" + IGNORED);
    }

    @Test
    void everyRefreshABrowserIgnoresIsReportedAndTheValidOnesAreFollowed() throws IOException {
        CheckReport report = check(StandardsCheckTest::refreshPages);
        assertFindings(report, "refresh.html",
                "2 warning bad-refresh url=findes.html|content=\"url=findes.html\": ugyldig meta refresh:"
                        + " content begynder ikke med et antal sekunder" + IGNORED,
                "3 warning bad-refresh |content=\"\": ugyldig meta refresh: content er tom" + IGNORED,
                "4 warning bad-refresh -1; url=findes.html|content=\"-1; url=findes.html\": ugyldig meta refresh:"
                        + " content begynder ikke med et antal sekunder" + IGNORED,
                "8 error missing-file mangler.html|content=\"mangler.html\": /mangler.html findes ikke",
                "9 warning bad-refresh |http-equiv=\"refresh\": ugyldig meta refresh: content er tom" + IGNORED);
    }

    @Test
    void anImgWithoutSrcNeedsASrcsetCandidate() throws IOException {
        CheckReport report = check(StandardsCheckTest::imagePage);
        String nothing = "<img> har hverken src eller srcset, så browseren viser intet billede; skriv src=\"…\"";
        String none = "> har intet src, og srcset har ingen gyldig kandidat, så browseren viser intet billede; skriv src=\"…\"";
        assertFindings(report, "billeder.html",
                "2 error missing-src |" + nothing,
                "3 error missing-src |<img srcset=\"\"" + none,
                "4 error missing-src findes.png 2q|<img srcset=\"findes.png 2q\"" + none,
                "5 error missing-src findes.png 1x 2x|<img srcset=\"findes.png 1x 2x\"" + none,
                "6 error missing-src findes.png 50h|<img srcset=\"findes.png 50h\"" + none,
                "7 error missing-src |" + nothing,
                "8 error missing-src |" + nothing,
                "14 error missing-src findes.png 0w|<img srcset=\"findes.png 0w\"" + none,
                "15 error missing-src |" + nothing,
                "16 error missing-file mangler.png|srcset=\"mangler.png\": /mangler.png findes ikke",
                "17 error missing-file mangler-2.png|srcset=\"mangler-2.png\": /mangler-2.png findes ikke");
    }

    @Test
    void messagesSayWhatIsWrong() throws IOException {
        CheckReport report = check(StandardsCheckTest::messagePage);
        assertFindings(report, "beskeder.html",
                "2 error missing-fragment primary|usemap=\"primary\": mangler # foran kortets navn, så browseren bruger intet kort;"
                        + " skriv usemap=\"#primary\"",
                "4 error missing-fragment sekundær|usemap=\"sekundær\": mangler # foran kortets navn, så browseren bruger intet kort;"
                        + " skriv usemap=\"#sekundær\"; siden har heller intet <map name=\"sekundær\">",
                "5 error missing-alt findes.png 2x|<img srcset=\"findes.png 2x\"> mangler alt; skriv alt=\"\" hvis billedet kun er pynt",
                "6 warning blank-alt findes.png 2x|alt på <img srcset=\"findes.png 2x\"> er kun blanktegn; skriv en tekst,"
                        + " eller alt=\"\" for pynt",
                "7 error missing-alt |<img> mangler alt; skriv alt=\"\" hvis billedet kun er pynt",
                "7 error missing-src |<img> har hverken src eller srcset, så browseren viser intet billede; skriv src=\"…\"",
                "9 error missing-alt findes.png|<img src=\"findes.png\"> mangler alt; skriv alt=\"\" hvis billedet kun er pynt");
        assertEquals(12, report.referencesChecked(), "every src, srcset, usemap and area href");
    }

    @Test
    void theNewKindsReachEveryFormat() throws IOException {
        CheckReport report = check(StandardsCheckTest::urlPage, StandardsCheckTest::refreshPages, StandardsCheckTest::imagePage);
        StringBuilder tsv = new StringBuilder();
        report.write(Format.TSV, tsv);
        Set<String> tsvKinds = new TreeSet<>();
        for (String row : tsv.toString().split("\n")) {
            tsvKinds.add(row.split("\t", -1)[4]);
        }
        StringBuilder json = new StringBuilder();
        report.write(Format.JSON, json);
        Set<String> jsonKinds = new TreeSet<>();
        for (JsonNode finding : new ObjectMapper().readTree(json.toString()).get("findings")) {
            jsonKinds.add(finding.get("kind").asText());
        }
        StringBuilder text = new StringBuilder();
        text.append('\n');
        report.write(Format.TEXT, text);
        assertTrue(tsvKinds.containsAll(List.of("bad-url", "bad-refresh", "missing-src")), tsvKinds::toString);
        assertTrue(jsonKinds.containsAll(List.of("bad-url", "bad-refresh", "missing-src")), jsonKinds::toString);
        assertTrue(text.toString().contains("\nrefresh-3x.html:2: warning: content=\"3x;url=findes.html\": ugyldig meta refresh"));
        assertTrue(text.toString().contains("\nurl.html:5: error: href=\"http://\": ugyldig adresse: adressen har intet værtsnavn"));
        assertTrue(text.toString().contains("\nbilleder.html:2: error: <img> har hverken src eller srcset"));
    }

    /** The findings of one page, each as "line severity kind value|message". */
    private static void assertFindings(CheckReport report, String file, String... expected) {
        List<String> actual = report.findings().stream()
                .filter(finding -> finding.file().equals(file))
                .map(f -> f.line() + " " + f.severity().label() + " " + f.kind() + " " + f.value() + "|" + f.message())
                .toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
