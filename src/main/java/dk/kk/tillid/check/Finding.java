package dk.kk.tillid.check;

/**
 * One problem at one place.
 *
 * @param file    path relative to the web root with '/' separators
 * @param line    1-based line in {@code file}
 * @param value   the attribute value as the DOM gives it, or the single URL for srcset, CSS and meta refresh,
 *                the id for a duplicate id, the img {@code src} for a missing alt
 * @param kind    stable, machine-readable name of the problem, e.g. {@code missing-file}
 * @param message what is wrong, in Danish, for the editor
 * @param source  where the editor wrote it, {@code content/x/y.adoc:57} or {@code content/x/y.adoc}; null when unknown
 */
public record Finding(String file, int line, String value, Severity severity, String kind, String message, String source) {

    public Finding withSource(String source) {
        return new Finding(file, line, value, severity, kind, message, source);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
