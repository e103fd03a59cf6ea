package dk.kk.tillid.check;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/** The findings of one check, sorted by file, line and value so that two runs on one site print the same. */
public final class CheckReport {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparing(Finding::value)
            .thenComparing(Finding::kind)
            .thenComparing(Finding::message);

    private final List<Finding> findings;
    private final int pagesChecked;
    private final int referencesChecked;
    private final int externalReferences;

    CheckReport(List<Finding> findings, int pagesChecked, int referencesChecked, int externalReferences) {
        this.findings = findings.stream().sorted(ORDER).toList();
        this.pagesChecked = pagesChecked;
        this.referencesChecked = referencesChecked;
        this.externalReferences = externalReferences;
    }

    public List<Finding> findings() {
        return findings;
    }

    public int pagesChecked() {
        return pagesChecked;
    }

    /** Every URL looked at, external ones included; {@code data:} URIs are content, not references. */
    public int referencesChecked() {
        return referencesChecked;
    }

    public int externalReferences() {
        return externalReferences;
    }

    public int errors() {
        return (int) findings.stream().filter(Finding::isError).count();
    }

    public int warnings() {
        return findings.size() - errors();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    /** One line for people, e.g. for stderr: the findings themselves go elsewhere. */
    public String summary() {
        return "Tjekket: " + count(pagesChecked, "side", "sider") + ", " + count(referencesChecked, "reference", "referencer")
                + " (" + count(externalReferences, "ekstern", "eksterne") + "), " + count(errors(), "fejl", "fejl")
                + ", " + count(warnings(), "advarsel", "advarsler");
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    public void write(Format format, Appendable out) throws IOException {
        format.write(this, out);
    }
}
