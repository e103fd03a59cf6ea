package dk.kk.tillid.reader;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * The baked site served over http and one Chromium reading it, shared by the tests of a class:
 * {@code @RegisterExtension static final ReaderSession reader = new ReaderSession();}
 */
final class ReaderSession implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, Object> chromiumSettings;
    private SiteServer site;
    private Browser browser;

    ReaderSession() {
        this(Map.of());
    }

    /** A reader who has changed Chromium's settings, such as {@code webkit.webprefs.default_font_size}. */
    ReaderSession(Map<String, Object> chromiumSettings) {
        this.chromiumSettings = chromiumSettings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        site = SiteServer.serve(BakedSite.DIR);
        browser = Browser.start(chromiumSettings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try (SiteServer stopping = site) {
            browser.close();
        }
    }

    /** Opens a page of the site by its path relative to the site root. */
    void open(String page) {
        browser.open(site.url(page));
    }

    Browser browser() {
        return browser;
    }
}
