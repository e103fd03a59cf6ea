package dk.kk.tillid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        int status = run(args);
        if (status == 0 && TunedJvm.inSecondJvm() && ClassDataArchive.writing()) {
            ClassDataArchive.loadConversionClasses();
        }
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
            line.getErr().println("Uventet fejl: " + exception.getMessage() + (main.verbose || parseResult.hasMatchedOption("--verbose")
                    ? "" : " (kør igen med --verbose for detaljer)"));
            if (main.verbose || parseResult.hasMatchedOption("--verbose")) {
                exception.printStackTrace(line.getErr());
            }
            return 1;
        });
        return commandLine.execute(args);
    }
}
