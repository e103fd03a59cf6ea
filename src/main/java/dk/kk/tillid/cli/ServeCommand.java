package dk.kk.tillid.cli;

import dk.kk.tillid.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve",
        description = {"Viser sitet i browseren, mens du skriver: bager, serverer sitet og bager igen, hver gang du gemmer.",
                "Åbne sider opdaterer sig selv; en fejl vises oven på siden, til den er rettet. Stop med Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Projektets mappe (standard: den aktuelle).")
    Path project = Path.of("");

    @Option(names = "--port", paramLabel = "PORT", description = "Porten (standard: ${DEFAULT-VALUE}).")
    int port = PreviewServer.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADRESSE",
            description = "Adressen, der lyttes på (standard: ${DEFAULT-VALUE}, kun denne maskine; 0.0.0.0 for alle).")
    String bind = "127.0.0.1";

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream err = System.err;
        PreviewServer server = new PreviewServer(project, new InetSocketAddress(bind, port), err);
        try {
            // Printed and stoppable as soon as it answers, not only after the first bake.
            server.start(address -> {
                err.println("Forhåndsvisning: " + address + " (stop med Ctrl+C)");
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopNow));
            });
        } catch (BindException e) {
            err.println("Porten " + port + " på " + bind + " er optaget (kører forhåndsvisningen allerede?)."
                    + " Ret: Brug den, der kører, eller vælg en anden port med --port, fx --port " + (port + 1) + ".");
            return 1;
        } catch (PreviewServer.AlreadyRunningException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Forhåndsvisningen kunne ikke starte: " + e.getMessage());
            return 1;
        }
        // Serves until Ctrl+C ends the JVM, which runs the hook above.
        Thread.currentThread().join();
        return 0;
    }
}
