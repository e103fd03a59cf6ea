package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one bake; pages may be converted on several threads. */
final class Diagnostics {
    static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message);
    private final List<Diagnostic> all = new ArrayList<>();

    synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    synchronized void addAll(Collection<Diagnostic> diagnostics) {
        all.addAll(diagnostics);
    }

    synchronized int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** Sorted by file and line, so output is the same from run to run. */
    synchronized List<Diagnostic> sorted() {
        return all.stream()
                .distinct()
                .sorted(ORDER)
                .toList();
    }
}
