package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On paper a page is its text: no header, navigation or search, the address of every external link written out,
 * timetable rows never split between sheets, and the report whole on A4. The PDF is kept in target/print/.
 */
class PrintIT {
    private static final String TIMETABLE = "keynotes/2013-01-24-faelles-keynotedag.html";
    private static final Path PDF = Path.of("target/print/rapport.pdf");

    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    private static void emulatePrint() {
        reader.browser().cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void paperLeavesOutTheScreensWayAround() {
        emulatePrint();
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            problems.addAll(((List<String>) reader.browser().script("""
                    return ['.skip-link', '.site-header', '[role=search]', 'nav.breadcrumbs', 'nav.side-nav', 'nav.toc',
                            'nav.pager', 'aside.see-also']
                        .filter(selector => Array.from(document.querySelectorAll(selector))
                            .some(e => e.getClientRects().length > 0))
                        .map(selector => arguments[0] + ': prints ' + selector);
                    """, page)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void anExternalLinkPrintsItsAddressAndAnInternalOneDoesNot() {
        emulatePrint();
        reader.open(BakedSite.REPORT);
        // The content links only within the site today; an editor may add an external link any day.
        Object after = reader.browser().script("""
                const external = document.createElement('a');
                external.href = 'https://www.kk.dk/tillid';
                external.textContent = 'Tillid i Københavns Kommune';
                const paragraph = document.querySelector('main .content-body p');
                paragraph.append(' ', external);
                const internal = paragraph.querySelector('a:not([href^=http])');
                return [getComputedStyle(external, '::after').content, getComputedStyle(internal, '::after').content];
                """);
        assertEquals(List.of("\" (https://www.kk.dk/tillid)\"", "none"), after);
    }

    @Test
    @SuppressWarnings("unchecked")
    void timetableRowsStayWholeOnPaper() {
        emulatePrint();
        reader.open(TIMETABLE);
        List<String> rows = (List<String>) reader.browser().script("""
                return Array.from(document.querySelectorAll('main tr')).map(row => getComputedStyle(row).breakInside);
                """);
        assertTrue(rows.size() > 5, "a timetable: " + rows);
        assertTrue(rows.stream().allMatch("avoid"::equals), rows.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportPrintsWholeOnA4WithoutTheSitesNavigation() throws Exception {
        Browser browser = reader.browser();
        // Printing brings its own print media; the screen is read as a screen.
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        reader.open(BakedSite.REPORT);
        List<String> paragraphs = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll(
                    'main h1, main .content-body :is(p, h2, h3), main #footnotes .footnote')).map(e => e.textContent);
                """);
        List<String> navigation = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('.site-search label, .skip-link, nav.side-nav a'))
                    .map(e => e.textContent);
                """);
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(PageSize.ISO_A4);
        Pdf pdf = browser.driver().print(a4);
        Files.createDirectories(PDF.getParent());
        Files.write(PDF, Base64.getDecoder().decode(pdf.getContent()));

        String info = poppler("pdfinfo", PDF.toString());
        assertTrue(info.contains("(A4)"), info);
        String printed = normalise(poppler("pdftotext", "-enc", "UTF-8", PDF.toString(), "-"));
        List<String> missing = paragraphs.stream().filter(p -> !printed.contains(normalise(p))).toList();
        assertTrue(paragraphs.size() > 40, "the report's text: " + paragraphs);
        assertEquals(List.of(), missing, "paragraphs missing from the PDF");

        String mainText = normalise(String.join(" ", paragraphs));
        List<String> notOnPaper = navigation.stream().filter(text -> !mainText.contains(normalise(text))).toList();
        assertTrue(notOnPaper.containsAll(List.of("Søg på sitet", "Programmer og aktiviteter", "Opslag")),
                notOnPaper.toString());
        assertEquals(List.of(), notOnPaper.stream().filter(text -> printed.contains(normalise(text))).toList(),
                "navigation on paper");
    }

    /** The output of a tool from Debian's poppler-utils, which .ci/run installs. */
    private static String poppler(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                String.join(" ", command) + ": " + output);
        return output;
    }

    /** Text as it compares across line breaks, hyphenation and ligatures: no spaces, no hyphens. */
    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00AD\\-‐‑]+", "");
    }
}
