package dk.kk.tillid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point: each pipeline stage lives in its own package, this class only wires them. */
@Command(name = "tillid-site",
        mixinStandardHelpOptions = true,
        description = "Bygger intranetsitet om tillidsdagsordenen i lederuddannelser.",
        subcommands = {BuildCommand.class, CheckCommand.class, PublishCommand.class, ServeCommand.class,
                NewCommand.class})
public final class Main {

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            // A preview server runs for hours and profits from the optimising compiler; everything else is short.
            QuickCompilation.apply();
        }
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
