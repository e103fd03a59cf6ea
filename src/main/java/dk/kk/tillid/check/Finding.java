package dk.kk.tillid.check;

import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.problem.SourceLocation;

/**
 * One problem at one place.
 *
 * @param file    path relative to the web root with '/' separators
 * @param line    1-based line in {@code file}
 * @param value   the attribute value as the DOM gives it, or the single URL for srcset, CSS and meta refresh,
 *                the id for a duplicate id, the img {@code src} for a missing alt
 * @param kind    stable, machine-readable name of the problem, e.g. {@code missing-file}
 * @param message what is wrong, in Danish, for the editor
 * @param source  where the editor wrote it, {@code content/x/y.adoc:57} or the whole file; null when unknown
 */
public record Finding(String file, int line, String value, Severity severity, String kind, String message,
                      SourceLocation source) {

    public Finding withSource(SourceLocation source) {
        return new Finding(file, line, value, severity, kind, message, source);
    }

    /** The place on the page, {@code rapport/x.html:12}. */
    public SourceLocation page() {
        return new SourceLocation(file, line);
    }

    /** Where to fix it: the source when it is known, else the place on the page. */
    public SourceLocation where() {
        return source != null ? source : page();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
