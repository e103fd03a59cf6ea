package dk.kk.tillid.check;

import dk.kk.tillid.files.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Pages already parsed, by content, and what resolving their links gave. The preview checks the whole site after
 * every save, and the next build in a new process checks it again; most pages are the same as last time.
 * <p>
 * A page's parse is reused while its bytes are the same. The outcome of resolving its links is reused too, but
 * only for a page without any finding, and only while none of its {@link ReferenceCheck.Resolved#targets} went
 * from the site or, for a page, changed its anchors or meta refresh: a link on an unchanged page can break when
 * its target changes. A file that appears can only fix a finding, and a page with a finding is resolved again
 * every time, so a new page that fixes a broken link is seen.
 * <p>
 * A cache made with {@link #kept} also outlives the process (see {@link ScanCacheFile} for how a damaged or
 * foreign file is told apart); pages the next build does not need are not even decoded from it.
 */
public final class ScanCache {
    private final Map<String, Scanned> pages = new ConcurrentHashMap<>();
    private final Path file;
    private boolean loaded;
    /** Whether a check has begun: a read ahead after that has nothing to add. */
    private boolean checked;
    private boolean changed;
    /** What the site held at the last check, as {@link WebRootListing#entries} names it; null before any. */
    private Set<String> listing;
    /** The served path the kept outcomes were resolved under. */
    private String servedPath;
    /** Pages parsed again in this check whose anchors or meta refresh are not what they were. */
    private final Set<String> retargeted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();
    private final AtomicInteger restamped = new AtomicInteger();
    private final AtomicInteger resolved = new AtomicInteger();

    /**
     * One page as last seen.
     *
     * @param digest  SHA-256 of the page's bytes
     * @param stamp   the page's file as {@link WebRootListing#stamp} saw it when it had these bytes, or null
     * @param page    its parse, decoded from the kept file only when asked for
     * @param outcome what resolving its links gave, kept only for a page without findings; null when none
     */
    record Scanned(byte[] digest, String stamp, Supplier<ScannedPage> page, Outcome outcome) {
        Scanned withOutcome(Outcome outcome) {
            return new Scanned(digest, stamp, page, outcome);
        }
    }

    /**
     * A page's links resolved without finding anything: the counts, the stylesheets it uses, and what the outcome
     * depends on ({@link ReferenceCheck.Resolved#targets}), decoded only when something went from the site.
     */
    record Outcome(int references, int externals, List<String> stylesheets, Supplier<Set<String>> targets) {
        static Outcome of(ReferenceCheck.Resolved resolved) {
            Set<String> targets = resolved.targets();
            return new Outcome(resolved.references(), resolved.externalUses().size(),
                    List.copyOf(new TreeSet<>(resolved.stylesheets())), () -> targets);
        }
    }

    /** Kept in this process only (the preview's between saves). */
    public ScanCache() {
        this(null);
    }

    /** See {@link #writeLater}. */
    private boolean later;

    private ScanCache(Path file) {
        this.file = file;
    }

    /** Kept in {@code file} too, read at the first check and written after each check that changed what it holds. */
    public static ScanCache kept(Path file) {
        return new ScanCache(file);
    }

    /**
     * Reads what an earlier process kept, ahead of the check, on the caller's thread: a build does it while the
     * bake waits for JRuby's start. A check that begins meanwhile waits for the read rather than reading twice.
     * A file above {@link #READ_AHEAD_BYTES} is left to the check: held through a bake that renders every page of a
     * large site, it would add to the build's peak of memory. {@link #readAheadWhole} reads it anyway.
     */
    public void readAhead() {
        read(false);
    }

    /**
     * As {@link #readAhead}, whatever the file's size: for a bake that renders only the changed pages, which holds
     * little, while the file of a large site takes the check more than a second to read (80 MB at 10,000 pages).
     */
    public void readAheadWhole() {
        read(true);
    }

    private synchronized void read(boolean whole) {
        // Only before the first check: one started meanwhile counts its own work, and one done has let go of it all.
        if (!checked && file != null && (whole || small(file))) {
            loadFile();
        }
    }

    /** Lets go of what {@link #readAhead} or {@link #readAheadWhole} read (waiting for it); the check reads again. */
    public synchronized void forgetReadAhead() {
        if (!checked) {
            unload();
        }
    }

    /** About 1500 pages' worth (the 1000-page benchmark corpus keeps 8 MB). */
    private static final long READ_AHEAD_BYTES = 12L << 20;

    private static boolean small(Path file) {
        try {
            return Files.size(file) <= READ_AHEAD_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** Before a check: what an earlier process kept, unless this cache has it already. */
    synchronized void load() {
        checked = true;
        parsed.set(0);
        read.set(0);
        restamped.set(0);
        resolved.set(0);
        loadFile();
    }

    private void loadFile() {
        // Not cleared here: a check that failed part-way has parsed re-anchored pages into memory, and the pages
        // linking to them must still be resolved again by the next check.
        if (file != null && !loaded) {
            loaded = true;
            ScanCacheFile.Contents contents = ScanCacheFile.read(file);
            pages.putAll(contents.pages());
            listing = contents.listing();
            servedPath = contents.servedPath();
        }
    }

    /**
     * A page whose file is the one parsed before (same stamp) is not read at all; any other is read, and parsed
     * only when its bytes differ from those parsed before.
     */
    Scanned scanned(Path path, String page, String stamp) throws IOException {
        Scanned earlier = pages.get(page);
        if (earlier != null && stamp != null && stamp.equals(earlier.stamp())) {
            return earlier;
        }
        byte[] bytes = Files.readAllBytes(path);
        read.incrementAndGet();
        byte[] digest = Sha256.of(bytes);
        if (earlier != null && MessageDigest.isEqual(earlier.digest(), digest)) {
            if (!Objects.equals(stamp, earlier.stamp())) {
                earlier = new Scanned(digest, stamp, earlier.page(), earlier.outcome());
                pages.put(page, earlier);
                restamped.incrementAndGet();
            }
            return earlier;
        }
        ScannedPage scanned = PageScanner.scan(PageText.decode(bytes), page);
        if (earlier != null) {
            ScannedPage before = earlier.page().get();
            if (!before.anchors().equals(scanned.anchors()) || before.redirects() != scanned.redirects()) {
                retargeted.add(page);
            }
        }
        Scanned fresh = new Scanned(digest, stamp, () -> scanned, null);
        pages.put(page, fresh);
        parsed.incrementAndGet();
        return fresh;
    }

    /** {@link #scanned}'s parse. */
    ScannedPage scan(Path path, String page, String stamp) throws IOException {
        return scanned(path, page, stamp).page().get();
    }

    /** Forgets pages that are gone from the site. */
    void keepOnly(Collection<String> sitePages) {
        changed |= pages.keySet().retainAll(sitePages);
    }

    /**
     * The targets whose outcome may differ from the last check's: what went from the site since (or everything,
     * null, when the last check's site or served path is unknown or another), and the pages whose anchors or meta
     * refresh changed.
     */
    Set<String> changedTargets(Set<String> entries, String served) {
        if (listing == null || !served.equals(servedPath)) {
            return null;
        }
        Set<String> changedTargets = new HashSet<>(retargeted);
        for (String entry : listing) {
            if (!entries.contains(entry)) {
                changedTargets.add(entry);
            }
        }
        return changedTargets;
    }

    /**
     * Keeps what resolving {@code page}'s links gave, when it found nothing ({@code clean}), or forgets the kept
     * outcome. Called for one page at a time.
     */
    void resolved(String page, ReferenceCheck.Resolved outcome, boolean clean) {
        resolved.incrementAndGet();
        Scanned scanned = pages.get(page);
        if (scanned != null && (clean || scanned.outcome() != null)) {
            pages.put(page, scanned.withOutcome(clean ? Outcome.of(outcome) : null));
            changed = true;
        }
    }

    /** After a check: writes what it parsed or saw anew for the next process; a cache that cannot be written stays unused. */
    synchronized void store(Set<String> entries, String served) {
        changed |= parsed.get() > 0 || restamped.get() > 0 || !entries.equals(listing) || !served.equals(servedPath);
        listing = entries;
        servedPath = served;
        retargeted.clear();
        if (file == null) {
            changed = false;
        } else if (!later) {
            flush();
        }
    }

    /** {@link #store} leaves the file to {@link #flush}: for the preview, which writes it after showing the site. */
    public synchronized void writeLater() {
        later = true;
    }

    /** Writes the file, if a check changed what it holds since it was last written. */
    public synchronized void flush() {
        if (file != null && changed && listing != null) {
            changed = !ScanCacheFile.write(file, new ScanCacheFile.Contents(Map.copyOf(pages), listing, servedPath));
        }
    }

    /**
     * Lets go of every page held in memory, for a one-off build whose check is done: the index and PDFs after it
     * need the room. A later check starts from the file again, as another process would.
     */
    public synchronized void unload() {
        pages.clear();
        retargeted.clear();
        listing = null;
        servedPath = null;
        loaded = false;
        changed = false;
    }

    /** How many pages the last check parsed, the others' parses being reused. */
    public int parsedInLastCheck() {
        return parsed.get();
    }

    /** How many pages the last check read from disk, the others being the very files it parsed before. */
    public int readInLastCheck() {
        return read.get();
    }

    /** How many pages' links the last check resolved, the others' outcomes being reused. */
    public int resolvedInLastCheck() {
        return resolved.get();
    }
}
