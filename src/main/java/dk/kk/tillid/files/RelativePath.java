package dk.kk.tillid.files;

import java.nio.file.Path;

/** A file's path below a folder, written with '/' on every system: how files are named in messages, URLs and the site. */
public final class RelativePath {
    private RelativePath() {
    }

    /** {@code file} relative to {@code root}, with '/' separators. */
    public static String of(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
