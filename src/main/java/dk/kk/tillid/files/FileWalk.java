package dk.kk.tillid.files;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Walks a folder as {@code Files.walk} with {@code Files.readAttributes} on each path does (links to files
 * followed, links to folders not descended), but with each path's name relative to the folder joined as it goes
 * down and its attributes read once, by its name in its open folder: relativizing and reading again every path was
 * most of a walk's cost, and the next build walks its site's and sources' 10,000 files several times.
 */
public final class FileWalk {

    /** What to do with each entry below the walked folder (never with the folder itself). */
    public interface Visitor {
        /** @param name relative to the walked folder, '/'-joined */
        void folder(String name, Path path) throws IOException;

        /**
         * A file, or a link to one; also a link to a folder, which is not descended, with its target's attributes.
         *
         * @param name relative to the walked folder, '/'-joined
         */
        void file(String name, Path path, BasicFileAttributes attributes) throws IOException;

        /** Whether the walk goes into the folder {@code name} (after {@link #folder}); one it skips costs nothing. */
        default boolean enters(String name) {
            return true;
        }
    }

    private FileWalk() {
    }

    public static void walk(Path root, Visitor visitor) throws IOException {
        // The root itself, being a file or a link: as Files.walk would give only the root, nothing below it.
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(root.toString());
            }
            return;
        }
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(root)) {
            if (folder instanceof SecureDirectoryStream<Path> secure) {
                walk(secure, "", visitor);
                return;
            }
        }
        walkByPaths(root, visitor);
    }

    /**
     * Each entry's attributes read by its name in its open folder, not by a walk of its whole path from the root
     * (the next build's site is 20,000 files six folders down).
     */
    private static void walk(SecureDirectoryStream<Path> folder, String prefix, Visitor visitor) throws IOException {
        try {
            walkEntries(folder, prefix, visitor);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    private static void walkEntries(SecureDirectoryStream<Path> folder, String prefix, Visitor visitor) throws IOException {
        for (Path path : folder) {
            Path name = path.getFileName();
            BasicFileAttributes attributes = folder.getFileAttributeView(name, BasicFileAttributeView.class,
                    LinkOption.NOFOLLOW_LINKS).readAttributes();
            if (attributes.isDirectory()) {
                visitor.folder(prefix + name, path);
                if (!visitor.enters(prefix + name)) {
                    continue;
                }
                try (SecureDirectoryStream<Path> inner = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                    walk(inner, prefix + name + "/", visitor);
                }
            } else {
                BasicFileAttributes followed = attributes.isSymbolicLink()
                        ? Files.readAttributes(path, BasicFileAttributes.class) : attributes;
                visitor.file(prefix + name, path, followed);
            }
        }
    }

    /** Where the system has no folders to act within. */
    private static void walkByPaths(Path root, Visitor visitor) throws IOException {
        Deque<String> folders = new ArrayDeque<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (folders.isEmpty()) {
                    folders.push("");
                } else {
                    String name = folders.peek() + dir.getFileName();
                    visitor.folder(name, dir);
                    if (!visitor.enters(name)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.push(name + "/");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.pop();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                BasicFileAttributes followed = attributes.isSymbolicLink()
                        ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
                visitor.file(folders.peek() + file.getFileName(), file, followed);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** {@link #walk} of the files only (and links to folders, by their targets' attributes). */
    public static void files(Path root, FileVisitor visitor) throws IOException {
        files(root, folder -> true, visitor);
    }

    /** {@link #files} in the folders {@code enters} lets it into only ({@link Visitor#enters}). */
    public static void files(Path root, Predicate<String> enters, FileVisitor visitor) throws IOException {
        walk(root, new Visitor() {
            @Override
            public void folder(String name, Path path) {
            }

            @Override
            public void file(String name, Path path, BasicFileAttributes attributes) throws IOException {
                visitor.file(name, path, attributes);
            }

            @Override
            public boolean enters(String name) {
                return enters.test(name);
            }
        });
    }

    @FunctionalInterface
    public interface FileVisitor {
        void file(String name, Path path, BasicFileAttributes attributes) throws IOException;
    }
}
