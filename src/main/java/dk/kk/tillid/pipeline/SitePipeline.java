package dk.kk.tillid.pipeline;

import dk.kk.tillid.bake.BakeFailedException;
import dk.kk.tillid.bake.BakeResult;
import dk.kk.tillid.bake.Diagnostic;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.check.CheckReport;
import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.Format;
import dk.kk.tillid.check.LinkChecker;
import dk.kk.tillid.check.SourceMap;
import dk.kk.tillid.index.IndexReport;
import dk.kk.tillid.index.SearchIndexer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** bake → check → index into one folder; every command that makes a site goes through here. */
public final class SitePipeline {
    private final Path projectRoot;
    private final PrintStream log;

    public SitePipeline(Path projectRoot, PrintStream log) {
        this.projectRoot = projectRoot;
        this.log = log;
    }

    /** What a run produced and how long each stage took, for the summary line. */
    public record Outcome(BakeResult baked, CheckReport check, IndexReport index, Map<String, Long> millis) {
        public String summary() {
            StringBuilder line = new StringBuilder()
                    .append(baked.pageSources().size()).append(" sider, ")
                    .append(check.referencesChecked()).append(" links tjekket, ")
                    .append(check.errors()).append(" fejl, ")
                    .append(check.warnings() + baked.warnings().size()).append(" advarsler, ")
                    .append(index.sections()).append(" afsnit i søgeindekset");
            line.append(" (");
            millis.forEach((stage, ms) -> line.append(stage).append(' ').append(ms).append(" ms, "));
            line.setLength(line.length() - 2);
            return line.append(')').toString();
        }
    }

    /** Runs every stage into {@code siteDir}; diagnostics of a failed stage are printed before it throws. */
    public Outcome run(Path siteDir) throws IOException, StageFailedException {
        Map<String, Long> millis = new LinkedHashMap<>();
        long start = System.nanoTime();
        BakeResult baked;
        try {
            baked = new SiteBaker(projectRoot).bake(siteDir);
        } catch (BakeFailedException e) {
            e.diagnostics().forEach(log::println);
            throw new StageFailedException(e.diagnostics().stream().filter(Diagnostic::isError).count() + " fejl i kilderne",
                    e.diagnostics());
        }
        baked.warnings().forEach(log::println);
        millis.put("bage", (System.nanoTime() - start) / 1_000_000);

        start = System.nanoTime();
        CheckReport check = new LinkChecker(siteDir)
                .withSourceMap(new SourceMap(projectRoot, baked.pageSources()))
                .run();
        StringBuilder findings = new StringBuilder();
        check.write(Format.TEXT, findings);
        log.print(findings);
        millis.put("tjek", (System.nanoTime() - start) / 1_000_000);
        if (check.hasErrors()) {
            throw new StageFailedException(check.errors() + " fejl i links",
                    check.findings().stream().filter(Finding::isError).map(SitePipeline::asDiagnostic).toList());
        }

        start = System.nanoTime();
        IndexReport index = new SearchIndexer(siteDir).run();
        millis.put("indeks", (System.nanoTime() - start) / 1_000_000);
        return new Outcome(baked, check, index, millis);
    }

    /** A broken link told as a problem in the source: the AsciiDoc line when it is known, else the page. */
    private static Diagnostic asDiagnostic(Finding finding) {
        String file = finding.file();
        int line = finding.line();
        if (finding.source() != null) {
            int colon = finding.source().lastIndexOf(':');
            boolean hasLine = colon > 0 && finding.source().substring(colon + 1).matches("\\d+");
            file = hasLine ? finding.source().substring(0, colon) : finding.source();
            line = hasLine ? Integer.parseInt(finding.source().substring(colon + 1)) : 0;
        }
        return Diagnostic.error(file, line, finding.message() + " (" + finding.file() + ":" + finding.line() + ")",
                "Ret linket eller ankeret, så det peger på en side eller et afsnit, der findes.");
    }

    public static final class StageFailedException extends Exception {
        private final List<Diagnostic> problems;

        StageFailedException(String message, List<Diagnostic> problems) {
            super(message);
            this.problems = List.copyOf(problems);
        }

        public List<Diagnostic> problems() {
            return problems;
        }
    }
}
