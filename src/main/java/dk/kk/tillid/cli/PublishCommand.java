package dk.kk.tillid.cli;

import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.Releases;
import dk.kk.tillid.publish.RemovedAddresses;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "publish",
        description = {"Bygger sitet ved siden af DIR, tjekker det og skifter DIR over til det i ét atomart skridt.",
                "DIR bliver et symbolsk link til den aktuelle udgave; de forrige udgaver gemmes til --rollback."})
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "Mappen, webserveren viser.")
    Path target;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Projektets mappe (standard: den aktuelle).")
    Path project = Path.of("");

    @Option(names = "--keep", paramLabel = "N", defaultValue = "3", description = "Antal udgaver, der gemmes (standard: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--rollback", description = "Gå tilbage til udgaven før den aktuelle.")
    boolean rollback;

    /** Switches the published folder to a verified release and keeps the newest {@code --keep} releases. */
    int activate(Path release, String summary) throws IOException {
        Releases releases = new Releases(target);
        if (!releases.all().contains(release)) {
            System.err.println("Udgivelsen fejlede: " + release.getFileName() + " er ikke en udgave af " + target
                    + ". Det udgivne site er urørt.");
            return 1;
        }
        releases.activate(release);
        releases.prune(Math.max(1, keep));
        System.err.println("Udgivet: " + summary + " → " + target + " (" + release.getFileName() + ")");
        return 0;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        Releases releases = new Releases(target);
        if (rollback) {
            Path previous = releases.rollback();
            err.println("Tilbage til " + previous.getFileName() + ": " + target);
            return 0;
        }
        Path release = releases.stage();
        boolean handedOver = false;
        try {
            SitePipeline.Outcome outcome = new SitePipeline(project.toAbsolutePath().normalize(), err).run(release);
            List<String> missing = outcome.baked().pageSources().keySet().stream()
                    .filter(page -> !Files.isRegularFile(release.resolve(page)))
                    .toList();
            if (!missing.isEmpty()) {
                err.println("Udgivelsen mangler sider: " + missing + ". Intet er udgivet.");
                return 1;
            }
            Optional<Path> live = releases.current().or(() -> Optional.of(target).filter(Files::isDirectory));
            List<String> lost = live.isEmpty() ? List.of()
                    : RemovedAddresses.unplanned(live.get(), release, project.toAbsolutePath().normalize());
            if (!lost.isEmpty()) {
                err.println("Udgivelsen fejlede: det nye site mangler adresser, som det udgivne site har: " + String.join(", ", lost)
                        + ". Ret: Lad siden sende læserne videre fra den gamle adresse (omdøb den med git mv, eller skriv adressen i"
                        + " sidens :jbake-gamle-adresser:), eller skriv adressen i " + RemovedAddresses.LIST_FILE
                        + ", hvis den skal fjernes med vilje. Det udgivne site er urørt.");
                return 1;
            }
            Optional<Path> handOver = TunedJvm.handOverFile();
            if (handOver.isPresent()) {
                // The first JVM switches to the release once this one has exited with 0, and only if it still runs.
                Files.writeString(handOver.get(), release + "\n" + outcome.summary() + "\n");
                handedOver = true;
                return 0;
            }
            return activate(release, outcome.summary());
        } catch (SitePipeline.StageFailedException e) {
            err.println("Udgivelsen fejlede: " + e.getMessage() + ". Det udgivne site er urørt.");
            return 1;
        } finally {
            if (!handedOver && !releases.current().map(release::equals).orElse(false) && !Releases.isComplete(release)) {
                dk.kk.tillid.publish.SiteDirectories.deleteTree(release);
            }
        }
    }
}
