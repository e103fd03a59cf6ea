package dk.kk.tillid.cli;

import dk.kk.tillid.files.RelativePath;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.OptionalInt;

/** The one entry point: each pipeline stage lives in its own package, this class only wires them. */
@Command(name = "tillid-site",
        description = "Bygger intranetsitet om tillidsdagsordenen i lederuddannelser.",
        subcommands = {BuildCommand.class, CheckCommand.class, PublishCommand.class, ServeCommand.class,
                NewCommand.class})
public final class Main {

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        if (TunedJvm.inSecondJvm()) {
            BuildCommand.headStart(args);
        }
        int status = run(args);
        if (status == 0 && TunedJvm.inSecondJvm() && ClassDataArchive.writing()) {
            ClassDataArchive.loadConversionClasses();
        }
        TunedJvm.stopWatchingFirstJvm();
        System.exit(status);
    }

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Vis hele forløbet (stack trace), hvis værktøjet selv fejler.")
    boolean verbose;

    static int run(String... args) {
        Main main = new Main();
        CommandLine commandLine = new CommandLine(main);
        DanishHelp.install(commandLine);
        commandLine.setParameterExceptionHandler(DanishHelp::parameterProblem);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // Editors get one sentence; the stack trace is for whoever maintains the tool.
            line.getErr().println("Uventet fejl: " + describe(exception, Path.of("").toAbsolutePath())
                    + (main.verbose || parseResult.hasMatchedOption("--verbose") ? "" : " (kør igen med --verbose for detaljer)"));
            if (main.verbose || parseResult.hasMatchedOption("--verbose")) {
                exception.printStackTrace(line.getErr());
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    /**
     * The sentence for a failure no stage turned into a diagnostic. A file system error's own message is the file's
     * full path on this machine: the file is named from the folder the command ran in instead.
     */
    static String describe(Throwable exception, Path workingFolder) {
        Throwable cause = exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
        if (cause instanceof FileSystemException f && f.getFile() != null) {
            Path file = Path.of(f.getFile()).toAbsolutePath().normalize();
            String name = file.startsWith(workingFolder) ? RelativePath.of(workingFolder, file) : String.valueOf(file.getFileName());
            return "filen " + name + " kunne ikke læses eller skrives (den blev måske flyttet eller slettet imens, fx af et"
                    + " andet build i samme projekt). Ret: Vent, til det andet build er færdigt, og kør kommandoen igen.";
        }
        if (cause instanceof IOException) {
            return "en fil kunne ikke læses eller skrives. Ret: Kør kommandoen igen.";
        }
        return String.valueOf(exception.getMessage());
    }
}
