package dk.kk.tillid.cli;

import dk.kk.tillid.bake.BakeFailedException;
import dk.kk.tillid.bake.BakeResult;
import dk.kk.tillid.bake.Diagnostic;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.publish.SiteDirectories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bager sitet fra content/ til target/site/ og tjekker det. Ved fejl bevares det forrige site.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Projektets mappe (standard: den aktuelle).")
    Path project = Path.of("");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Hvor sitet lægges (standard: target/site).")
    Path output;

    @Override
    public Integer call() throws IOException {
        Path root = project.toAbsolutePath().normalize();
        Path site = output != null ? output.toAbsolutePath() : root.resolve("target/site");
        PrintStream err = System.err;
        long start = System.nanoTime();

        Path staged = SiteDirectories.stagingFor(site);
        try {
            BakeResult baked = new SiteBaker(root).bake(staged);
            baked.warnings().forEach(err::println);
            long baking = System.nanoTime();
            SiteDirectories.replace(staged, site);
            err.printf("Bygget: %d sider i %s (bage %d ms).%n", baked.pageSources().size(),
                    root.relativize(site), (baking - start) / 1_000_000);
            return 0;
        } catch (BakeFailedException e) {
            e.diagnostics().forEach(err::println);
            long errors = e.diagnostics().stream().filter(Diagnostic::isError).count();
            err.printf("Bygningen fejlede med %d fejl. Det forrige site er urørt.%n", errors);
            return 1;
        } finally {
            SiteDirectories.deleteTree(staged);
        }
    }
}
