package dk.kk.tillid.reader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A reader who has set Chromium's font size to 24 px instead of 16 gets 24 px text on every page, and on a desktop
 * screen no page scrolls sideways.
 */
class LargeTextIT {
    @RegisterExtension
    static final ReaderSession reader = new ReaderSession(Map.of("webkit.webprefs.default_font_size", 24));

    @Test
    void textGrowsWithTheReadersFontSizeAndStillFits() {
        reader.browser().viewport(1280, 800);
        List<String> problems = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            reader.open(page);
            Object found = reader.browser().script("""
                    const wide = document.documentElement.scrollWidth > innerWidth;
                    return getComputedStyle(document.body).fontSize + (wide ? ', scrolls sideways' : '');
                    """);
            if (!"24px".equals(found)) {
                problems.add(page + ": " + found);
            }
        }
        assertEquals(List.of(), problems);
    }
}
