package dk.kk.tillid.check;

/** Errors fail the check (exit 1); warnings are reported but let it pass. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word the text, TSV and JSON formats use. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
