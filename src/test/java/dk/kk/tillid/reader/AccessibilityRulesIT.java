package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every page, served over http to real Chromium, breaks none of axe-core's WCAG 2.0/2.1 A and AA rules (contrast,
 * names, landmarks, language, …) and shows no Content-Security-Policy violation in the console.
 */
class AccessibilityRulesIT {
    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @Test
    void noPageBreaksAWcagRuleOrItsContentSecurityPolicy() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            reader.browser().contentSecurityPolicyViolations().forEach(message -> problems.add(page + ": " + message));
            Axe.Result axe = Axe.run(reader.browser());
            assertFalse(axe.passes().isEmpty(), page + ": axe ran no rule, so it checked nothing");
            axe.violations().forEach(violation -> problems.add(page + ": " + violation));
        }
        assertEquals(List.of(), problems);
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
