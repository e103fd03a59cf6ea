package dk.kk.tillid.cli;

import dk.kk.tillid.check.CheckReport;
import dk.kk.tillid.check.ExternalOptions;
import dk.kk.tillid.check.Format;
import dk.kk.tillid.check.LinkChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check",
        description = {
                "Tjekker links, billeder, ankre og stylesheets i en mappe med statisk HTML.",
                "Afslutter med 0 uden fejl, 1 med fejl og 2 ved forkert brug."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Webroden: /x betyder DIR/x.")
    private Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text, tsv eller json (standard: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--external", description = "Tjek også http(s)-links over nettet.")
    private boolean external;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "DIR er ikke en mappe: " + dir);
        }
        LinkChecker checker = new LinkChecker(dir);
        if (external) {
            checker = checker.withExternal(ExternalOptions.defaults());
        }
        CheckReport report = checker.run();
        // Findings on stdout, the summary on stderr, so piping the output to a file keeps it machine-readable.
        // Always UTF-8, whatever the locale: JSON must be, and a CI without LANG would turn æøå into '?'.
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        report.write(format, out);
        out.flush();
        spec.commandLine().getErr().println(report.summary());
        return report.hasErrors() ? 1 : 0;
    }

    /** Accepts {@code text} as well as {@code TEXT}; anything else is a usage error, exit code 2. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("ukendt format '" + value + "'; brug text, tsv eller json");
            }
        }
    }
}
