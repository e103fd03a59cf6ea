package dk.kk.tillid.problem;

/**
 * One problem, told the way an editor needs it: where, what, and what to do. Every stage reports in these
 * (the link check's findings become them once traced to their source), so there is one severity and one shape.
 *
 * @param at where, e.g. {@code content/rapport/x.adoc:12}; project-relative for sources
 */
public record Diagnostic(Severity severity, SourceLocation at, String message, String fix) {

    public Diagnostic(Severity severity, String file, int line, String message, String fix) {
        this(severity, new SourceLocation(file, line), message, fix);
    }

    public static Diagnostic error(String file, int line, String message, String fix) {
        return new Diagnostic(Severity.ERROR, file, line, message, fix);
    }

    public static Diagnostic error(SourceLocation at, String message, String fix) {
        return new Diagnostic(Severity.ERROR, at, message, fix);
    }

    public static Diagnostic warning(String file, int line, String message, String fix) {
        return new Diagnostic(Severity.WARNING, file, line, message, fix);
    }

    /** The file, project-relative with '/' separators, e.g. {@code content/rapport/x.adoc}. */
    public String file() {
        return at.file();
    }

    /** The 1-based line, or 0 when the problem belongs to the whole file. */
    public int line() {
        return at.line();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code content/x.adoc:3: fejl: … Ret: …}, the shape compilers use, so editors' tools can jump to it. */
    @Override
    public String toString() {
        return at + ": " + severity.danish() + ": " + message + (fix == null || fix.isEmpty() ? "" : " Ret: " + fix);
    }
}
