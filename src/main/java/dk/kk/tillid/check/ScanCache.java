package dk.kk.tillid.check;

import dk.kk.tillid.files.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages already parsed, by content. The preview checks the whole site after every save, and most pages are the
 * same as last time; parsing is most of a check. Findings are still worked out anew for every page, since a
 * link on an unchanged page can break when its target changes.
 */
public final class ScanCache {
    private final Map<String, Scanned> pages = new ConcurrentHashMap<>();

    private record Scanned(byte[] digest, ScannedPage page) {
    }

    ScannedPage scan(Path path, String page) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        byte[] digest = Sha256.of(bytes);
        Scanned earlier = pages.get(page);
        if (earlier != null && MessageDigest.isEqual(earlier.digest(), digest)) {
            return earlier.page();
        }
        ScannedPage scanned = PageScanner.scan(PageText.decode(bytes), page);
        pages.put(page, new Scanned(digest, scanned));
        return scanned;
    }

    /** Forgets pages that are gone from the site. */
    void keepOnly(Collection<String> sitePages) {
        pages.keySet().retainAll(sitePages);
    }
}
