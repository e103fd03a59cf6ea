package dk.kk.tillid.check;

import dk.kk.tillid.files.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pages already parsed, by content. The preview checks the whole site after every save, and most pages are the
 * same as last time; parsing is most of a check. Findings are still worked out anew for every page, since a
 * link on an unchanged page can break when its target changes, or when a file it points at appears or goes.
 * <p>
 * A cache made with {@link #kept} also outlives the process: the next {@code build} parses only the pages
 * whose bytes changed (see {@link ScanCacheFile} for how a damaged or foreign file is told apart).
 */
public final class ScanCache {
    private final Map<String, Scanned> pages = new ConcurrentHashMap<>();
    private final Path file;
    private boolean loaded;
    private boolean changed;
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger restamped = new AtomicInteger();

    /**
     * @param digest SHA-256 of the page's bytes
     * @param stamp  the page's file as {@link WebRootListing#stamp} saw it when it had these bytes, or null
     */
    record Scanned(byte[] digest, String stamp, ScannedPage page) {
    }

    /** Kept in this process only (the preview's between saves). */
    public ScanCache() {
        this(null);
    }

    private ScanCache(Path file) {
        this.file = file;
    }

    /** Kept in {@code file} too, read at the first check and written after each check that changed what it holds. */
    public static ScanCache kept(Path file) {
        return new ScanCache(file);
    }

    /** Before a check: what an earlier process kept, unless this cache has it already. */
    synchronized void load() {
        parsed.set(0);
        read.set(0);
        restamped.set(0);
        if (file != null && !loaded) {
            loaded = true;
            pages.putAll(ScanCacheFile.read(file));
        }
    }

    /**
     * A page whose file is the one parsed before (same stamp) is not read at all; any other is read, and parsed
     * only when its bytes differ from those parsed before.
     */
    ScannedPage scan(Path path, String page, String stamp) throws IOException {
        Scanned earlier = pages.get(page);
        if (earlier != null && stamp != null && stamp.equals(earlier.stamp())) {
            return earlier.page();
        }
        byte[] bytes = Files.readAllBytes(path);
        read.incrementAndGet();
        byte[] digest = Sha256.of(bytes);
        if (earlier != null && MessageDigest.isEqual(earlier.digest(), digest)) {
            if (!Objects.equals(stamp, earlier.stamp())) {
                pages.put(page, new Scanned(digest, stamp, earlier.page()));
                restamped.incrementAndGet();
            }
            return earlier.page();
        }
        ScannedPage scanned = PageScanner.scan(PageText.decode(bytes), page);
        pages.put(page, new Scanned(digest, stamp, scanned));
        parsed.incrementAndGet();
        return scanned;
    }

    /** Forgets pages that are gone from the site. */
    void keepOnly(Collection<String> sitePages) {
        changed |= pages.keySet().retainAll(sitePages);
    }

    /** After a check: writes what it parsed or saw anew for the next process; a cache that cannot be written stays unused. */
    synchronized void store() {
        changed |= parsed.get() > 0 || restamped.get() > 0;
        if (file != null && changed) {
            changed = !ScanCacheFile.write(file, Map.copyOf(pages));
        }
    }

    /** How many pages the last check parsed, the others' parses being reused. */
    public int parsedInLastCheck() {
        return parsed.get();
    }

    /** How many pages the last check read from disk, the others being the very files it parsed before. */
    public int readInLastCheck() {
        return read.get();
    }
}
