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
    void bodyTextIs16PixelsInLinesOf60To75Characters() {
        List<String> problems = new ArrayList<>();
        int paragraphs = 0;
        for (int width : List.of(1280, 1920)) {
            reader.browser().viewport(width, 900);
            for (String page : BakedSite.pages()) {
                reader.open(page);
                // Characters a full line holds: the paragraph's width over the mean width of its own letters,
                // measured by laying its text out on one line. Paragraphs of three lines or more only.
                List<Map<String, Object>> measured = (List<Map<String, Object>>) reader.browser().script("""
                        const probe = document.createElement('span');
                        probe.style.whiteSpace = 'nowrap';
                        probe.style.position = 'absolute';
                        return Array.from(document.querySelectorAll('main .content-body .paragraph > p'))
                            .filter(p => p.getClientRects().length > 0)
                            .filter(p => p.getBoundingClientRect().height > 3.5 * parseFloat(getComputedStyle(p).lineHeight))
                            .map(p => {
                                probe.textContent = p.textContent.replace(/\\s+/g, ' ').trim();
                                p.append(probe);
                                const perCharacter = probe.getBoundingClientRect().width / probe.textContent.length;
                                probe.remove();
                                return {
                                    fontSize: getComputedStyle(p).fontSize,
                                    characters: p.getBoundingClientRect().width / perCharacter,
                                    text: p.textContent.trim().slice(0, 40)
                                };
                            });
                        """);
                for (Map<String, Object> paragraph : measured) {
                    paragraphs++;
                    double characters = ((Number) paragraph.get("characters")).doubleValue();
                    if (!"16px".equals(paragraph.get("fontSize")) || characters < 60 || characters > 75) {
                        problems.add(page + " at " + width + " px: " + Math.round(characters) + " characters a line, "
                                + paragraph.get("fontSize") + ", in \"" + paragraph.get("text") + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(paragraphs > 50, "paragraphs measured: " + paragraphs);
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
