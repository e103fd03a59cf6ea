package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import java.util.List;

/** The sources cannot become a site; every problem found is listed, not just the first. */
public final class BakeFailedException extends Exception {
    private final List<Diagnostic> diagnostics;

    public BakeFailedException(List<Diagnostic> diagnostics) {
        super(diagnostics.size() + " problem(er) i kilderne");
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
