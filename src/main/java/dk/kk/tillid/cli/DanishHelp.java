package dk.kk.tillid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** picocli's help in Danish: its standard help option and headings are English. */
final class DanishHelp {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Vis denne hjælp, og afslut.")
    boolean help;

    private DanishHelp() {
    }

    /** Adds the help option and Danish headings to the command and every subcommand. */
    static void install(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.addMixin("hjaelp", CommandSpec.forAnnotatedObject(new DanishHelp()));
        spec.usageMessage()
                .synopsisHeading("Brug: ")
                .synopsisSubcommandLabel("[KOMMANDO]")
                .descriptionHeading("%n")
                .parameterListHeading("%nParametre:%n")
                .optionListHeading("%nTilvalg:%n")
                .commandListHeading("%nKommandoer:%n");
        command.getSubcommands().values().forEach(DanishHelp::install);
    }

    /** picocli's messages for wrong usage, told in Danish; exit code 2 as before. */
    static int parameterProblem(CommandLine.ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String message;
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            message = "Ukendt tilvalg eller argument: " + String.join(" ", unmatched.getUnmatched()) + ".";
        } else if (e instanceof CommandLine.MissingParameterException missing) {
            message = "Mangler: " + missing.getMissing().stream()
                    .map(arg -> arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("") + ".";
        } else if (e.getMessage() != null && e.getMessage().startsWith("Missing required parameter")) {
            message = "Der mangler et argument.";
        } else if (e.getMessage() != null && e.getMessage().startsWith("Invalid value")) {
            message = "Ugyldig værdi: " + e.getMessage().replaceFirst("^Invalid value for ", "") + ".";
        } else {
            message = e.getMessage();
        }
        line.getErr().println(message);
        line.getErr().println("Se: tillid-site " + (line.getCommandName().equals("tillid-site") ? "" : line.getCommandName() + " ")
                + "--help");
        return 2;
    }
}
