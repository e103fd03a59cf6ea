package dk.kk.tillid.serve;

import dk.kk.tillid.bake.Diagnostic;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.SiteDirectories;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The preview's own site folder (not target/site, which only a checked {@code build} writes). Every bake goes
 * into a fresh staging folder that then replaces it, so pages of renamed or deleted sources disappear.
 */
final class PreviewSite {
    private final Path projectRoot;
    private final Path dir;
    private final PrintStream log;
    /** Part of every build id, so that pages still open from an earlier run reload when serve restarts. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int bakes;
    private volatile BuildState state = BuildState.NOTHING_BAKED;

    PreviewSite(Path projectRoot, Path dir, PrintStream log) {
        this.projectRoot = projectRoot;
        this.dir = dir;
        this.log = log;
    }

    Path dir() {
        return dir;
    }

    BuildState state() {
        return state;
    }

    /** Bakes the project; on failure the site being served stays as it was. */
    synchronized BuildState rebuild() {
        long start = System.nanoTime();
        try {
            Path staged = SiteDirectories.stagingFor(dir);
            try {
                SitePipeline.Outcome outcome = new SitePipeline(projectRoot, log).run(staged);
                SiteDirectories.replace(staged, dir);
                // Only now: a page answered meanwhile must never carry an id newer than its content.
                state = new BuildState(run + "." + ++bakes, List.of());
                log.printf("Bygget: %s, i alt %d ms.%n", outcome.summary(), (System.nanoTime() - start) / 1_000_000);
            } finally {
                SiteDirectories.deleteTree(staged);
            }
        } catch (SitePipeline.StageFailedException e) {
            failed(e.problems());
        } catch (IOException | RuntimeException e) {
            // A file can vanish while an editor saves, and nothing in JBake may end the preview: the editor
            // sees the message, and the next save bakes again.
            failed(List.of(Diagnostic.error("content", 0, "Forhåndsvisningen kunne ikke bage: " + e,
                    "Gem filen igen. Sker det igen, så stop serve (Ctrl+C) og start den igen.")));
        }
        return state;
    }

    /** The pipeline has already printed the problems; the overlay shows the same ones. */
    private void failed(List<Diagnostic> problems) {
        state = state.failedWith(problems);
        log.printf("Bygningen fejlede med %d fejl. Ret og gem, så prøver forhåndsvisningen igen.%n",
                problems.stream().filter(Diagnostic::isError).count());
    }
}
