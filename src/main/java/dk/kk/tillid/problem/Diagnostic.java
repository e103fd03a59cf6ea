package dk.kk.tillid.bake;

/**
 * One problem found in the sources, told the way an editor needs it: where, what, and what to do.
 *
 * @param file project-relative path with '/' separators, e.g. {@code content/rapport/x.adoc}
 * @param line 1-based line, or 0 when the problem belongs to the whole file
 */
public record Diagnostic(Severity severity, String file, int line, String message, String fix) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String file, int line, String message, String fix) {
        return new Diagnostic(Severity.ERROR, file, line, message, fix);
    }

    public static Diagnostic warning(String file, int line, String message, String fix) {
        return new Diagnostic(Severity.WARNING, file, line, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/x.adoc:3: fejl: … Ret: …}, the shape compilers use, so editors' tools can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        String kind = isError() ? "fejl" : "advarsel";
        return where + ": " + kind + ": " + message + (fix == null || fix.isEmpty() ? "" : " Ret: " + fix);
    }
}
