package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, served over http to real Chromium, breaks none of axe-core's WCAG 2.0/2.1/2.2 A and AA rules (contrast,
 * names, landmarks, language, target size, …) in the light and the dark colour scheme, and shows no
 * Content-Security-Policy violation in the console.
 */
class AccessibilityRulesIT {
    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void noPageBreaksAWcagRuleOrItsContentSecurityPolicy(String scheme) throws Exception {
        reader.browser().colorScheme(scheme);
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            reader.browser().contentSecurityPolicyViolations().forEach(message -> problems.add(page + ": " + message));
            Axe.Result axe = Axe.run(reader.browser());
            assertFalse(axe.passes().isEmpty(), page + ": axe ran no rule, so it checked nothing");
            assertTrue(axe.passes().contains("color-contrast"), page + ": axe checked no contrast");
            axe.violations().forEach(violation -> problems.add(page + " (" + scheme + "): " + violation));
        }
        assertEquals(List.of(), problems);
    }

    /** The dark run above proves something only if the pages do turn dark: light text on a dark background. */
    @Test
    void theDarkSchemeIsLightTextOnADarkBackground() {
        for (String scheme : List.of("light", "dark")) {
            reader.browser().colorScheme(scheme);
            reader.open(BakedSite.REPORT);
            String colours = (String) reader.browser().script("""
                    const body = getComputedStyle(document.body);
                    return body.backgroundColor + ' / ' + body.color;""");
            assertEquals(scheme.equals("dark") ? "rgb(18, 20, 23) / rgb(236, 236, 236)"
                    : "rgb(255, 255, 255) / rgb(27, 27, 27)", colours, scheme);
        }
        reader.browser().colorScheme("light");
    }

    /** The console check above would pass on a browser that logs nothing; this one would see a violation. */
    @Test
    void aViolationOfThePolicyWouldBeSeen() {
        reader.open("index.html");
        reader.browser().script("""
                const inline = document.createElement('script');
                inline.textContent = 'document.title = "inline"';
                document.head.append(inline);
                """);
        List<String> violations = reader.browser().contentSecurityPolicyViolations();
        assertEquals(1, violations.size(), violations.toString());
    }
}
