package dk.kk.tillid.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A path below the web root as decoded file names. An empty last name means the URL ended in '/', i.e. a
 * directory; the root itself is a single empty name.
 */
record DecodedPath(List<String> names) {

    DecodedPath {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a site path has at least one name");
        }
    }

    /** A file path relative to the web root with '/' separators, as {@link WebRootListing} lists them. */
    static DecodedPath of(String relative) {
        return new DecodedPath(List.of(relative.split("/", -1)));
    }

    boolean isDirectory() {
        return names.get(names.size() - 1).isEmpty();
    }

    /** The names of the directory this path is in (or is, for a directory path). */
    List<String> directory() {
        return names.subList(0, names.size() - 1);
    }

    /** The same path as a directory, as a server treats {@code /bilag} when it finds a directory there. */
    DecodedPath asDirectory() {
        if (isDirectory()) {
            return this;
        }
        List<String> directory = new ArrayList<>(names);
        directory.add("");
        return new DecodedPath(directory);
    }

    DecodedPath resolveSibling(String name) {
        List<String> sibling = new ArrayList<>(directory());
        sibling.add(name);
        return new DecodedPath(sibling);
    }

    /** Relative form for findings and the page map: {@code bilag/x.html}, {@code bilag/} for a directory. */
    String relative() {
        return String.join("/", names);
    }

    /** Form for messages, rooted so the editor sees it is not relative to the page: {@code /bilag/x.html}. */
    @Override
    public String toString() {
        return "/" + relative();
    }
}
