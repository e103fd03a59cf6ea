package dk.kk.tillid.serve;

import dk.kk.tillid.bake.BakeSession;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.index.SearchIndexer;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.SiteDirectories;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The preview's own site folder (not target/site, which only a checked {@code build} writes). Every bake goes
 * into a fresh staging folder that then replaces it, so pages of renamed or deleted sources disappear.
 */
final class PreviewSite {
    /** Where {@code build} puts the site. */
    private static final String BUILD_SITE = "target/site";
    /** In the build cache: the preview's parses for its lists of linking pages. */
    private static final String LINKED_FROM = "preview-linked-from.bin";

    private final Path projectRoot;
    private final Path dir;
    private final PrintStream log;
    /** Part of every build id, so that pages still open from an earlier run reload when serve restarts. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int bakes;
    private volatile BuildState state = BuildState.NOTHING_BAKED;
    /** See {@link #dir()}. */
    private volatile Path served;
    /** The drafts of the site being served, by their page path: shown by the preview, never written into the site. */
    private volatile Map<String, byte[]> drafts = Map.of();
    /** Which pages link to each page of the site being served, for the list the preview adds to it. */
    private volatile Map<String, List<LinkedFrom.Link>> linkedFrom = Map.of();
    private final LinkedFrom links;
    /** After the first bake, a change to page text bakes only the pages it touches. */
    private final BakeSession session;
    private final SitePipeline pipeline;
    /** Held by a bake and by the filling of JBake's store, one at a time; never waited for by {@link #close}. */
    private final ReentrantLock baking = new ReentrantLock();
    /** Stopped: nothing more is prepared for a next bake, and whoever holds {@link #baking} lets go of the store. */
    private volatile boolean closed;

    PreviewSite(Path projectRoot, Path dir, PrintStream log) {
        this.projectRoot = projectRoot;
        this.dir = dir;
        this.log = log;
        this.links = new LinkedFrom(StateFile.of(projectRoot, LINKED_FROM));
        // What the last build left: after a build with nothing changed, the first bake renders no page.
        this.session = new BakeSession(projectRoot).startingFrom(projectRoot.resolve(BUILD_SITE)).withNotices(log::println);
        this.pipeline = new SitePipeline(projectRoot, log, site -> session.bake(site, dir)).keepingCheckCacheLater();
        Path built = projectRoot.resolve(BUILD_SITE);
        this.served = Files.isDirectory(built) ? built : dir;
    }

    /**
     * The folder answered from: until the first bake is shown, the last build's site (the same pages when nothing
     * changed since, which is the usual start), so the editor's browser gets its page while the bake runs; the
     * first bake's site then replaces it, and open pages reload as after any bake.
     */
    Path dir() {
        return served;
    }

    BuildState state() {
        return state;
    }

    /** The preview's rendering of the draft at {@code page} (a path from the site root), if it is one. */
    Optional<byte[]> draft(String page) {
        return Optional.ofNullable(drafts.get(page));
    }

    /** The pages that link to {@code page} (a path from the site root), if it is a page made from AsciiDoc. */
    Optional<List<LinkedFrom.Link>> linkedFrom(String page) {
        return Optional.ofNullable(linkedFrom.get(page));
    }

    /**
     * Bakes the project and shows the outcome through {@code show}: the new site as soon as its links are
     * checked, its search index written just after, or why the bake failed, the site being served then
     * staying as it was.
     */
    void rebuild(Consumer<BuildState> show) {
        baking.lock();
        try {
            // A save queued behind the bake under way when serve stopped writes nothing more.
            if (closed) {
                return;
            }
            rebuildLocked(show);
        } finally {
            letGo();
        }
    }

    private void rebuildLocked(Consumer<BuildState> show) {
        long start = System.nanoTime();
        try {
            Path staged = SiteDirectories.stagingFor(dir);
            SitePipeline.Checked checked;
            Optional<Path> old;
            try {
                checked = pipeline.bakeAndCheck(staged);
                Optional<Path> movedFrom = keepSearchIndex(staged);
                try {
                    old = SiteDirectories.swap(staged, dir);
                } catch (IOException e) {
                    putBack(movedFrom, staged);
                    throw e;
                }
            } finally {
                SiteDirectories.deleteTree(staged);
            }
            session.keep();
            drafts = checked.baked().draftPages();
            linkedFrom = linkedFrom(checked.baked().pageSources().keySet());
            served = dir;
            // Only now: a page answered meanwhile must never carry an id newer than its content.
            state = new BuildState(run + "." + ++bakes, checked.warnings());
            long shown = System.nanoTime();
            show.accept(state);
            // The shown site carries the last index until this one is written: first of what comes after showing.
            SitePipeline.Outcome outcome;
            long indexed;
            try {
                outcome = checked.index(dir);
                indexed = System.nanoTime();
            } finally {
                // Only once the new site is shown: at 1000 pages the old one's files take a while to delete, and the
                // caches for the next process (every page's parse each) a while to write.
                deleteQuietly(old);
                links.keep();
                pipeline.keepCheckCache();
            }
            log.printf("Bygget: %s, vist efter %d ms, i alt %d ms.%n", outcome.summary(),
                    (shown - start) / 1_000_000, (indexed - start) / 1_000_000);
            return;
        } catch (SitePipeline.StageFailedException e) {
            failed(e.problems());
        } catch (IOException | RuntimeException e) {
            // A file can vanish while an editor saves, and nothing in JBake may end the preview: the editor
            // sees the message, and the next save bakes again.
            failed(List.of(couldNotBake(e)));
        }
        show.accept(state);
    }

    private static void deleteQuietly(Optional<Path> old) {
        if (old.isEmpty()) {
            return;
        }
        try {
            SiteDirectories.deleteTree(old.get());
        } catch (IOException e) {
            // Only disk space: the next serve sweeps what is left (deleteLeftovers).
        }
    }

    /** In Danish, naming the project's file when one is known; never the exception's class or a machine path. */
    Diagnostic couldNotBake(Exception e) {
        String file = "content";
        String which = "";
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path path = Path.of(f.getFile()).toAbsolutePath().normalize();
            if (path.startsWith(projectRoot)) {
                file = RelativePath.of(projectRoot, path);
                which = ", fordi filen " + file + " ikke kunne læses eller skrives (den blev måske flyttet eller gemt imens)";
            }
        }
        return Diagnostic.error(file, 0, "Forhåndsvisningen kunne ikke bage sitet" + which + ".",
                "Gem filen igen. Sker det igen, så stop serve (Ctrl+C) og start den igen.");
    }

    /** Before the first bake: the staging and old folders a bake killed by an earlier Ctrl+C left behind. */
    void deleteLeftovers() {
        try {
            SiteDirectories.deleteLeftovers(dir);
        } catch (IOException e) {
            // Only disk space: each bake stages in a new folder of its own.
        }
    }

    /**
     * When the first bake took the build's site without starting JBake, fills JBake's store aside, so that the
     * first save renders just what it touched; a save meanwhile waits for it, as it would have to do this itself.
     */
    void prepare() {
        baking.lock();
        try {
            if (closed) {
                return;
            }
            Path scratch = SiteDirectories.stagingFor(dir);
            try {
                session.prepare(scratch);
            } finally {
                SiteDirectories.deleteTree(scratch);
            }
        } catch (IOException e) {
            // Nothing prepared: the next save bakes from the build's site.
        } finally {
            letGo();
        }
    }

    /** Ends a bake or a filling of the store; after {@link #close}, lets go of the store that left. */
    private void letGo() {
        try {
            if (closed) {
                session.close();
            }
        } finally {
            baking.unlock();
        }
    }

    /** An extra of the preview's: should a page not be read, only the list is missing until the next save. */
    private Map<String, List<LinkedFrom.Link>> linkedFrom(java.util.Set<String> pages) {
        try {
            return links.of(dir, pages);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Map.of();
        }
    }

    /**
     * Until the new search index is written, searching the new site uses the previous one: the site being
     * served, or at the first bake the last build's, which is the same index when nothing changed since.
     * The served site's index folder is moved into the new site, just before that replaces it (one rename
     * instead of a link per index file, 1150 at 1000 pages); the build's is linked, as {@code build} owns it.
     * Returns the folder the index was moved from, if it was.
     */
    private Optional<Path> keepSearchIndex(Path staged) throws IOException {
        Path built = projectRoot.resolve(BUILD_SITE).resolve(SearchIndexer.INDEX_DIR);
        boolean fromBuild = bakes == 0 && Files.isDirectory(built);
        Path index = fromBuild ? built : dir.resolve(SearchIndexer.INDEX_DIR);
        if (!Files.isDirectory(index)) {
            return Optional.empty();
        }
        Path target = staged.resolve(SearchIndexer.INDEX_DIR);
        if (!fromBuild && !Files.exists(target)) {
            Files.move(index, target, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(index);
        }
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.createLink(target.resolve(file.getFileName().toString()), file);
            }
        }
        return Optional.empty();
    }

    /** The new site did not replace the served one: the index moved out of that goes back. */
    private static void putBack(Optional<Path> movedFrom, Path staged) {
        if (movedFrom.isPresent()) {
            try {
                Files.move(staged.resolve(SearchIndexer.INDEX_DIR), movedFrom.get(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // The next bake's index replaces it; until then searching finds nothing.
            }
        }
    }

    /**
     * Lets go of what the preview keeps between bakes (JBake's store), at once: a bake or a filling of the store
     * under way (seconds, when the machine is busy) lets go of it when it ends, should the JVM still be running
     * then. Ctrl+C must not wait for either.
     */
    void close() {
        closed = true;
        if (baking.tryLock()) {
            letGo();
        }
    }

    /** After {@link #close}: waits until a bake or a filling of the store under way has ended, and wrote no more. */
    void awaitIdle() {
        baking.lock();
        letGo();
    }

    /** The pipeline has already printed the problems; the overlay shows the same ones. */
    private void failed(List<Diagnostic> problems) {
        state = state.failedWith(problems);
        log.printf("Bygningen fejlede med %d fejl. Ret og gem, så prøver forhåndsvisningen igen.%n",
                problems.stream().filter(Diagnostic::isError).count());
    }
}
