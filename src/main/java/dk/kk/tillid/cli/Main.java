package dk.kk.tillid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: each pipeline stage lives in its own package, this class only wires them. */
@Command(name = "tillid-site",
        mixinStandardHelpOptions = true,
        description = "Bygger intranetsitet om tillidsdagsordenen i lederuddannelser.",
        subcommands = {BuildCommand.class, PublishCommand.class, ServeCommand.class, NewCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
