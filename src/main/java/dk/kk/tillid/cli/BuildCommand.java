package dk.kk.tillid.cli;

import dk.kk.tillid.bake.BakeResult;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.SiteArchive;
import dk.kk.tillid.publish.SiteDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

@Command(name = "build",
        description = "Bager, tjekker og indekserer sitet fra content/ til target/site/. Ved fejl bevares det forrige site.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Projektets mappe (standard: den aktuelle).")
    Path project = Path.of("");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Hvor sitet lægges (standard: target/site).")
    Path output;

    @Option(names = "--zip", paramLabel = "FIL", description = "Skriv også sitet som en reproducerbar zip-fil.")
    Path zip;

    @Option(names = "--check-only", description = "Kør alle byggets tjek uden at skrive et site (fx før en commit).")
    boolean checkOnly;

    @Option(names = "--no-cache", description = "Brug ikke byggecachen i target/build-cache/: konvertér alle sider forfra, og gem intet.")
    boolean noCache;

    /**
     * Before picocli has parsed the arguments: when they name a build with the cache, JRuby's start may begin
     * from the project's last record ({@link SiteBaker#headStart}).
     */
    static void headStart(String[] args) {
        try {
            projectToGuessFor(args).ifPresent(SiteBaker::headStart);
        } catch (RuntimeException e) {
            // No guess: the bake starts JRuby when it needs it.
        }
    }

    /**
     * The project folder of a build that uses the cache, read from the arguments by hand because this runs ahead
     * of picocli's parse, and only for a guess: arguments it reads wrongly cost CPU, never a different site.
     */
    static Optional<Path> projectToGuessFor(String[] args) {
        List<String> given = List.of(args);
        Optional<String> command = given.stream().filter(arg -> !arg.startsWith("-")).findFirst();
        if (!command.equals(Optional.of("build")) || given.contains("--no-cache") || given.contains("-h") || given.contains("--help")) {
            return Optional.empty();
        }
        String folder = "";
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-C") || args[i].equals("--project")) && i + 1 < args.length) {
                folder = args[i + 1];
            } else if (args[i].startsWith("--project=")) {
                folder = args[i].substring("--project=".length());
            } else if (args[i].startsWith("-C") && args[i].length() > 2) {
                folder = args[i].substring(2);
            }
        }
        return Optional.of(Path.of(folder));
    }

    @Override
    public Integer call() throws IOException {
        Path root = project.toAbsolutePath().normalize();
        Path site = output != null ? output.toAbsolutePath() : root.resolve("target/site");
        PrintStream err = System.err;

        try {
            SiteDirectories.deleteOldSites(site);
        } catch (IOException e) {
            // Only disk space, and another build may be deleting the same folder right now: the next build sweeps it.
        }
        Path staged = SiteDirectories.stagingFor(site);
        try {
            SiteBaker baker = new SiteBaker(root, !noCache).withNotices(err::println);
            SitePipeline pipeline = new SitePipeline(root, err, siteDir -> {
                BakeResult baked = baker.bake(siteDir, site);
                TunedJvm.afterBake();
                return baked;
            }, !noCache)
                    .withIndexCache(!noCache).withPdfCache(!noCache).replacing(site);
            baker.whenChangedPagesOnly(pipeline::bakeRendersChangedPagesOnly, pipeline::bakeRendersMoreAfterAll);
            SitePipeline.Outcome outcome = pipeline.run(staged);
            if (checkOnly) {
                err.println("Tjekket: " + outcome.summary() + ". Intet site er skrevet.");
                return 0;
            }
            CompletableFuture<Void> oldSiteGone = SiteDirectories.replaceInBackground(staged, site);
            try {
                baker.keep(site);
                if (zip != null) {
                    SiteArchive.write(site, zip.toAbsolutePath());
                }
            } finally {
                // Also when keeping or zipping fails: the process's exit would cut the delete short.
                awaitDeleted(oldSiteGone, err);
            }
            err.println("Bygget: " + outcome.summary() + " → " + display(root, site));
            return 0;
        } catch (SitePipeline.StageFailedException e) {
            err.println("Bygningen fejlede: " + e.getMessage() + ". Det forrige site er urørt.");
            return 1;
        } finally {
            SiteDirectories.deleteTree(staged);
        }
    }

    /** The new site is in place by now, so an old one that will not go costs disk space only: the next build sweeps it. */
    private static void awaitDeleted(CompletableFuture<Void> deleting, PrintStream err) {
        try {
            deleting.join();
        } catch (CompletionException e) {
            err.println("Advarsel: det forrige site kunne ikke slettes helt. Det nye site er på plads;"
                    + " næste build rydder op.");
        }
    }

    private static String display(Path root, Path site) {
        return site.startsWith(root) ? root.relativize(site).toString() : site.toString();
    }
}
