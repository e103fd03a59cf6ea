package dk.kk.tillid.problem;

/**
 * A place in a file an editor can open: the file by its path with '/' separators (from the project root for
 * sources, from the web root for pages), and a 1-based line, or 0 when the place is the whole file.
 */
public record SourceLocation(String file, int line) {

    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** {@code content/x.adoc:12}, or {@code content/x.adoc} for the whole file: what editors' tools jump to. */
    @Override
    public String toString() {
        return hasLine() ? file + ":" + line : file;
    }
}
