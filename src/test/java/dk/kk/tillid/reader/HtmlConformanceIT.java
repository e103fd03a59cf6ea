package dk.kk.tillid.reader;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page is valid HTML by the W3C Nu HTML Checker, so that browsers and assistive technology agree on it. */
class HtmlConformanceIT {
    /** The checker's default schema, as on validator.w3.org/nu: HTML with ARIA, SVG and MathML. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Keeps errors only: warnings and notes (such as the trailing slash on void elements) are advice. */
    private static final class Errors implements ErrorHandler {
        final List<String> found = new ArrayList<>();
        private String page;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    /** Errors as "page:line:column: message", for pages given relative to {@code root}. */
    private static List<String> check(Path root, List<String> pages) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (String page : pages) {
            errors.page = page;
            validator.checkHtmlFile(root.resolve(page).toFile(), true);
        }
        return errors.found;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        assertEquals(List.of(), check(BakedSite.DIR, BakedSite.pages()));
    }

    @Test
    void anInvalidPageIsReportedWithLineAndMessage() throws Exception {
        List<String> errors = check(Path.of("src/test/resources/reader"), List.of("invalid.html"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("invalid.html:9:"), errors.get(0));
        assertTrue(errors.get(0).contains("Duplicate ID"), errors.get(0));
        assertTrue(errors.get(1).startsWith("invalid.html:10:") && errors.get(1).contains("alt"), errors.get(1));
    }
}
