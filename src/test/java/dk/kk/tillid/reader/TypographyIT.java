package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text at a readable size in lines of a readable length; nothing moves for a reader who asks for stillness. */
class TypographyIT {
    @RegisterExtension
    static final ReaderSession reader = new ReaderSession();

    @Test
    @SuppressWarnings("unchecked")
    void bodyTextIs16PixelsInLinesOfAbout70Characters() {
        reader.open(BakedSite.REPORT);
        Map<String, Object> text = (Map<String, Object>) reader.browser().script("""
                const paragraph = document.querySelector('main .content-body p');
                const zero = document.createElement('span');
                zero.textContent = '0';
                paragraph.append(zero);
                const characterWidth = zero.getBoundingClientRect().width;
                zero.remove();
                return {
                    fontSize: getComputedStyle(document.body).fontSize,
                    mainLimit: parseFloat(getComputedStyle(document.querySelector('main')).maxWidth) / characterWidth,
                    lineLength: paragraph.getBoundingClientRect().width / characterWidth
                };
                """);
        assertEquals("16px", text.get("fontSize"));
        double limit = ((Number) text.get("mainLimit")).doubleValue();
        double line = ((Number) text.get("lineLength")).doubleValue();
        assertTrue(limit >= 60 && limit <= 80, "main is at most " + limit + " characters wide");
        assertTrue(line >= 60 && line <= 80, "a paragraph on a wide screen is " + line + " characters wide");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nothingMovesWhenTheReaderPrefersReducedMotion() {
        reader.browser().cdp("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            problems.addAll((List<String>) reader.browser().script("""
                    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
                        return ['the browser does not ask for reduced motion'];
                    }
                    // Motion that a later stylesheet or script might add is stopped too.
                    const link = document.querySelector('a[href]');
                    link.style.transition = 'color 0.3s';
                    link.style.animation = 'spin 1s infinite';
                    return Array.from(document.querySelectorAll('*'))
                        .map(e => [e, getComputedStyle(e)])
                        .filter(([, style]) => style.transitionDuration.split(', ').some(d => d !== '0s')
                            || style.animationName !== 'none')
                        .map(([e, style]) => arguments[0] + ': ' + e.tagName.toLowerCase() + ' moves for '
                            + style.transitionDuration + ' / ' + style.animationName);
                    """, page));
        }
        assertEquals(List.of(), problems);
    }
}
