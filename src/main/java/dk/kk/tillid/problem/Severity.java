package dk.kk.tillid.problem;

import java.util.Locale;

/** Errors stop a build and fail the check (exit 1); warnings are reported but let both pass. */
public enum Severity {
    ERROR("fejl"), WARNING("advarsel");

    private final String danish;

    Severity(String danish) {
        this.danish = danish;
    }

    /** The lower-case English word the check's text, TSV and JSON formats use, a stable name for scripts. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The word an editor reads in a build's messages. */
    public String danish() {
        return danish;
    }
}
