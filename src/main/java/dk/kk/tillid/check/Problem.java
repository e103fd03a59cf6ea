package dk.kk.tillid.check;

import dk.kk.tillid.problem.Severity;

import static dk.kk.tillid.problem.Severity.ERROR;
import static dk.kk.tillid.problem.Severity.WARNING;

/** Every kind of finding with its one severity, so a kind never shows up as both. */
enum Problem {
    EMPTY_URL(ERROR, "empty-url"),
    HASH_ONLY(WARNING, "hash-only"),
    MISSING_FILE(ERROR, "missing-file"),
    MISSING_INDEX(ERROR, "missing-index"),
    DIRECTORY_WITHOUT_SLASH(WARNING, "directory-without-slash"),
    OUTSIDE_ROOT(ERROR, "outside-root"),
    BAD_ENCODING(ERROR, "bad-encoding"),
    MISSING_FRAGMENT(ERROR, "missing-fragment"),
    REFRESH_PAGE(WARNING, "refresh-page"),
    FILE_URL(ERROR, "file-url"),
    JAVASCRIPT_URL(WARNING, "javascript-url"),
    BAD_MAILTO(ERROR, "bad-mailto"),
    BAD_TEL(ERROR, "bad-tel"),
    BAD_URL(ERROR, "bad-url"),
    BAD_REFRESH(WARNING, "bad-refresh"),
    MISSING_SRC(ERROR, "missing-src"),
    DUPLICATE_ID(ERROR, "duplicate-id"),
    MISSING_ALT(ERROR, "missing-alt"),
    BLANK_ALT(WARNING, "blank-alt"),
    EXTERNAL_BROKEN(ERROR, "external-broken"),
    EXTERNAL_UNREACHABLE(ERROR, "external-unreachable"),
    EXTERNAL_REDIRECT(WARNING, "external-redirect");

    private final Severity severity;
    private final String kind;

    Problem(Severity severity, String kind) {
        this.severity = severity;
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    Finding at(String file, int line, String value, String message) {
        return new Finding(file, line, value, severity, kind, message, null);
    }
}
