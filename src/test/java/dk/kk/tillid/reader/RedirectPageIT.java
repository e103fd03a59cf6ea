package dk.kk.tillid.reader;

import dk.kk.tillid.TestProjects;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page left at a renamed page's old address (templates/redirect.ftl) passes the same checks as the real site's
 * pages, which have none: valid HTML by the W3C Nu checker, and none of axe-core's WCAG 2.0/2.1/2.2 A and AA rules
 * broken in Chromium in the light and the dark colour scheme. One fixture bake with an old address in the header.
 */
class RedirectPageIT {
    /** The old address the fixture names; in a folder, so that the page's relative links to the styles are tested. */
    private static final String OLD = "gammel/side.html";
    private static final String REFRESH = "<meta http-equiv=\"refresh\"";

    @TempDir
    static Path dir;
    private static Path site;
    private static SiteServer server;
    private static Browser browser;

    @BeforeAll
    static void bakeAndServe() throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        TestProjects.write(project, "content/om/ny.adoc", "= Ny side\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: " + OLD + "\n\nOm tillid i ledelse.\n");
        assertEquals(List.of(), TestProjects.bake(project));
        Path baked = project.resolve("target/site");
        assertTrue(Files.readString(baked.resolve(OLD)).contains(REFRESH), "the fixture wrote a redirect page");

        // Chromium follows a 0 s meta refresh at once, and axe would then check the new page instead. Chromium has no
        // setting that turns meta refresh off, and a CSP cannot forbid it, so the copy served to the browser lacks
        // that one element; the Nu checker reads the baked file as written.
        site = dir.resolve("served");
        TestProjects.copyTree(baked, site);
        Path page = site.resolve(OLD);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int start = html.indexOf(REFRESH);
        Files.writeString(page, html.substring(0, start) + html.substring(html.indexOf('>', start) + 1),
                StandardCharsets.UTF_8);

        server = SiteServer.serve(site);
        browser = Browser.start(java.util.Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        try (SiteServer stopping = server) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void theRedirectPageBreaksNoWcagRuleNorItsContentSecurityPolicy(String scheme) throws Exception {
        browser.colorScheme(scheme);
        browser.open(server.url(OLD));
        assertTrue(browser.driver().getCurrentUrl().endsWith(OLD), "the browser stayed on the old address");
        assertEquals("Siden er flyttet", browser.script("return document.querySelector('h1').textContent"));
        List<String> problems = new ArrayList<>(browser.contentSecurityPolicyViolations());
        Axe.Result axe = Axe.run(browser);
        problems.addAll(axe.violations());
        assertEquals(List.of(), problems, scheme);
        // Passes only count once there are no violations: a page without lang breaks html-has-lang, it does not skip it.
        assertTrue(axe.passes().containsAll(List.of("color-contrast", "html-has-lang", "link-name")),
                "axe checked contrast, language and link text: " + axe.passes());
    }

    /** The site's stylesheet reached the page, or the contrast above was measured on browser defaults. */
    @Test
    void theRedirectPageHasTheSiteStyles() {
        browser.colorScheme("dark");
        browser.open(server.url(OLD));
        assertEquals("rgb(18, 20, 23)", browser.script("return getComputedStyle(document.body).backgroundColor"));
        browser.colorScheme("light");
    }

    @Test
    void theRedirectPageIsValidHtml() throws Exception {
        Path baked = dir.resolve("p/target/site");
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Advice, not errors: the same line the real site's check draws.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(OLD + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        validator.checkHtmlFile(baked.resolve(OLD).toFile(), true);
        assertEquals(List.of(), errors);
    }
}
