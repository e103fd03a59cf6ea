package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The allow-list for HTML in content, judged as a browser reads it: one error per thing outside it. */
class UnsafeHtmlTest {
    private static final String PAGE = "content/side.adoc";

    /** A page whose lines are the given HTML, one line each, found as the build's locator finds them. */
    private static List<Diagnostic> check(String... lines) {
        List<String> source = List.of(lines);
        UnsafeHtml.Locator locator = text -> {
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                    return Optional.of(new UnsafeHtml.Place(PAGE, i + 1));
                }
            }
            return Optional.empty();
        };
        return UnsafeHtml.check(PAGE, String.join("\n", lines), locator);
    }

    private static Diagnostic onlyError(String html) {
        List<Diagnostic> problems = check(html);
        assertEquals(1, problems.size(), html + " → " + problems);
        Diagnostic d = problems.get(0);
        assertTrue(d.isError(), d.toString());
        assertEquals(PAGE, d.file());
        assertEquals(1, d.line(), d.toString());
        assertTrue(d.fix().contains("redaktørvejledningen"), d.toString());
        return d;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<a href=\"&#1;javascript:alert(document.domain)\">x</a>|javascript:",
            "<a href=\"java&#x09;script:alert(1)\">x</a>|javascript:",
            "<a href=\"java&#10;script:alert(1)\">x</a>|javascript:",
            "<a href=\"jav&#13;ascript:alert(1)\">x</a>|javascript:",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>|javascript:",
            "<a href=\" &#x20;&#31;javascript:alert(1)\">x</a>|javascript:",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>|javascript:",
            "<a href=\"vbscript:msgbox(1)\">x</a>|vbscript:",
            "<a href=\"VBScript:msgbox(1)\">x</a>|vbscript:",
            "<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"\">|data:",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>|data:",
            "<a href=\"file:///etc/passwd\">x</a>|file:",
            "<a href=\"ftp://example.invalid/x\">x</a>|ftp:"})
    void urlSchemesOutsideTheListAreErrorsAfterTheBrowsersDecoding(String html, String scheme) {
        Diagnostic d = onlyError(html);
        assertTrue(d.message().contains("en " + scheme + "-adresse"), d.toString());
        assertTrue(d.message().startsWith("Adressen \""), d.toString());
    }

    @Test
    void aUrlIsNamedWithItsControlCharactersVisible() {
        Diagnostic d = onlyError("<a href=\"&#1;javascript:alert(1)\">x</a>");
        assertTrue(d.message().contains("\"\\u0001javascript:alert(1)\" i href="), d.toString());
    }

    @Test
    void aVeryLongUrlIsCutInTheMessage() {
        Diagnostic d = onlyError("<a href=\"javascript:" + "a".repeat(200) + "\">x</a>");
        assertTrue(d.message().contains("a…\""), d.toString());
        assertFalse(d.message().contains("a".repeat(100)), d.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<svg><circle r=\"1\"></circle></svg>|svg",
            "<svg><script>alert(1)</script></svg>|svg",
            "<math><mi>x</mi></math>|math",
            "<base href=\"https://example.invalid/\">|base",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid\">|meta",
            "<script>alert(1)</script>|script",
            "<iframe src=\"https://example.invalid\"></iframe>|iframe",
            "<object data=\"x.swf\"></object>|object",
            "<embed src=\"x.swf\">|embed",
            "<style>body{display:none}</style>|style",
            "<link rel=\"stylesheet\" href=\"https://example.invalid/x.css\">|link",
            "<form action=\"https://example.invalid\"></form>|form",
            "<button>Send</button>|button",
            "<video src=\"x.mp4\"></video>|video",
            "<template><p>x</p></template>|template"})
    void elementsOutsideTheListAreErrors(String html, String tag) {
        Diagnostic d = onlyError(html);
        assertEquals("Elementet <" + tag + "> er ikke tilladt i indhold.", d.message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p onclick=\"alert(1)\">x</p>|onclick|p",
            "<p OnClIcK=\"alert(1)\">x</p>|onclick|p",
            "<p/onmouseover=\"alert(1)\">x</p>|onmouseover|p",
            "<img src=\"x.png\" alt=\"\" onerror=\"alert(1)\">|onerror|img",
            "<span formaction=\"https://example.invalid\">x</span>|formaction|span",
            "<a href=\"x.html\" ping=\"https://example.invalid\">x</a>|ping|a",
            "<p style=\"color: red\">x</p>|style|p",
            "<img src=\"x.png\" alt=\"\" srcset=\"https://example.invalid/x.png 2x\">|srcset|img",
            "<body onload=\"alert(1)\">|onload|body",
            "<html lang=\"en\">|lang|html"})
    void attributesOutsideTheListAreErrorsInAnySpelling(String html, String attribute, String tag) {
        Diagnostic d = onlyError(html);
        assertEquals("Attributten " + attribute + "= på <" + tag + "> er ikke tilladt i indhold.", d.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<div style=\"background: url(https://example.invalid/x.png)\"></div>",
            "<table style=\"width: expression(alert(1))\"></table>",
            "<table><colgroup><col style=\"width: 50%; position: fixed\"></colgroup></table>"})
    void stylesOtherThanAsciidoctorsOwnAreErrors(String html) {
        Diagnostic d = onlyError(html);
        assertTrue(d.message().startsWith("Stilen \""), d.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Tekst med <em>vægt</em>, <strong>fed</strong>, <kbd>Ctrl</kbd>, H<sub>2</sub>O og x<sup>2</sup>.",
            "<a href=\"side.html#afsnit\">side</a> <a href=\"#top\">top</a> <a href=\"../bilag/\">bilag</a>",
            "<a href=\"http://example.invalid/\">http</a>",
            "<a href=\"https://example.invalid/\" target=\"_blank\" rel=\"noopener\">https</a>",
            "<a href=\"mailto:hr@kk.dk\">mail</a>",
            "<a href=\"tel:+4533663366\">telefon</a>",
            "<a href=\"java&#0;script:x\">en relativ adresse, for en browser</a>",
            "<img src=\"billede.png\" alt=\"Et billede\" width=\"200\" height=\"100\">",
            "<table class=\"tableblock\" style=\"width: 50%;\"><colgroup><col style=\"width: 33.3333%;\"></colgroup>"
                    + "<tbody><tr><th scope=\"row\" colspan=\"2\">a</th><td rowspan=\"2\">b</td></tr></tbody></table>",
            "<div style=\"page-break-after: always;\"></div>",
            "<ol class=\"arabic\" start=\"3\" type=\"a\"><li><p>punkt</p></li></ol>",
            "<pre class=\"highlight\"><code class=\"language-java\" data-lang=\"java\">x</code></pre>",
            "<details open><summary>Mere</summary><p>x</p></details>",
            "<abbr title=\"Lederudviklingsprogram\">LUP</abbr> <span id=\"x\" lang=\"en\" dir=\"ltr\">y</span>",
            "<!-- en kommentar --> &lt;script&gt; er tekst"})
    void harmlessFormattingAndAsciidoctorsOwnMarkupAreAllowed(String html) {
        assertEquals(List.of(), check(html));
    }

    @Test
    void eachProblemIsNamedAtTheLineThatWroteIt() {
        List<Diagnostic> problems = check("<p>Tekst</p>", "", "<p>Mere", "<a href=\"vbscript:x\">x</a> og <svg></svg>", "</p>");
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(4, problems.get(0).line(), problems.get(0).toString());
        assertTrue(problems.get(0).message().contains("vbscript:"), problems.get(0).toString());
        assertEquals(4, problems.get(1).line(), problems.get(1).toString());
        assertTrue(problems.get(1).message().contains("<svg>"), problems.get(1).toString());
    }

    @Test
    void aStartTagOverSeveralLinesIsFoundByItsFirstLine() {
        List<Diagnostic> problems = check("<p>x</p>", "<p class=\"a\"", "   onclick=\"alert(1)\">y</p>");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void markupNotInTheSourceIsFoundByWhatItSays() {
        // Asciidoctor writes link:javascript:x[y] as <a href="javascript:x">: the URL is what is in the source.
        List<Diagnostic> problems = UnsafeHtml.check(PAGE, "<p><a href=\"javascript:x\" class=\"bare\">y</a></p>",
                text -> text.equals("javascript:x") ? Optional.of(new UnsafeHtml.Place("content/del.adoc", 7)) : Optional.empty());
        assertEquals(List.of(Diagnostic.error("content/del.adoc", 7, problems.get(0).message(), problems.get(0).fix())), problems);
    }

    @Test
    void withoutAnyTraceInTheSourceThePageIsNamed() {
        List<Diagnostic> problems = UnsafeHtml.check(PAGE, "<svg></svg>", text -> Optional.empty());
        assertEquals(PAGE, problems.get(0).file());
        assertEquals(0, problems.get(0).line());
    }

    @Test
    void oneErrorPerElementAndAttribute() {
        List<Diagnostic> problems = check("<p onclick=\"a\" onmouseover=\"b\">x</p><p onclick=\"a\">y</p>");
        assertEquals(2, problems.size(), problems.toString());
    }
}
