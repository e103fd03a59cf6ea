package dk.kk.tillid.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Staging folders beside the target, so a failed or killed build never touches the site already there. */
public final class SiteDirectories {
    private SiteDirectories() {
    }

    /** A new, empty folder next to {@code target}, on the same disk so that the final move is a rename. */
    public static Path stagingFor(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Named by this process, so that a build can tell the staging folder of one that was killed (see deleteOldSites).
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + NEW + ProcessHandle.current().pid() + "-");
        // A temporary folder is private (0700); the site is build output a web server must read once it is moved into place.
        if (Files.getFileStore(staging).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return staging;
    }

    /** Puts {@code staged} in place of {@code target}; the old site is removed only once the new one is there. */
    public static void replace(Path staged, Path target) throws IOException {
        Optional<Path> old = swap(staged, target);
        if (old.isPresent()) {
            deleteTree(old.get());
        }
    }

    /**
     * As {@link #replace}, but the old site is removed on a thread of its own (thousands of files: a next
     * build's last second), while the caller goes on; the future is done once it is gone.
     */
    public static CompletableFuture<Void> replaceInBackground(Path staged, Path target) throws IOException {
        Optional<Path> old = swap(staged, target);
        if (old.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                deleteTree(old.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread deleting = new Thread(runnable, "old-site-delete");
            deleting.start();
        });
    }

    /**
     * Moves {@code target} aside and {@code staged} in its place; returns where the old one now is, for the caller
     * to delete, e.g. after it has shown the new one (deleting a large site takes a while).
     */
    public static Optional<Path> swap(Path staged, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + OLD);
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                // The site that was there is put back: a failed swap must not leave readers without one.
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return Optional.ofNullable(old);
    }

    /**
     * Deletes the staging and old folders of {@code target} that a killed build or preview left beside it
     * (Ctrl+C ends serve without waiting for a bake). Only for a caller that owns {@code target} and has none
     * of its own under way.
     */
    public static void deleteLeftovers(Path target) throws IOException {
        deleteSiblings(target, NEW, OLD);
    }

    /**
     * Deletes the old sites a killed build left beside {@code target} (its background delete ends with the
     * process), and the staging folders of builds whose process is gone (killed while baking: a CI job cancelled
     * would otherwise leave a whole site behind in the target/ that CI keeps). Another build's staging folder is left
     * alone while its process runs, and so is one this version did not name.
     */
    public static void deleteOldSites(Path target) throws IOException {
        deleteSiblings(target, name -> name.startsWith(OLD) || name.startsWith(NEW) && ownerGone(name.substring(NEW.length())));
    }

    private static final String OLD = "-old-";
    private static final String NEW = "-new-";

    /** Whether {@code named}, what follows "-new-" in a staging folder's name, starts with a process that has ended. */
    private static boolean ownerGone(String named) {
        int dash = named.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        try {
            long pid = Long.parseLong(named.substring(0, dash));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteSiblings(Path target, String... kinds) throws IOException {
        deleteSiblings(target, name -> Arrays.stream(kinds).anyMatch(name::startsWith));
    }

    /** @param kind is given what follows the site's own name, as "-old-123" of ".site-old-123" */
    private static void deleteSiblings(Path target, java.util.function.Predicate<String> kind) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = "." + target.getFileName();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(sibling -> {
                String n = sibling.getFileName().toString();
                return n.startsWith(name) && kind.test(n.substring(name.length()));
            }).toList();
        }
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> folder = Files.newDirectoryStream(root)) {
                    if (folder instanceof SecureDirectoryStream<Path> secure) {
                        empty(secure);
                    } else {
                        emptyByPaths(root);
                    }
                }
            }
            Files.delete(root);
        } catch (NoSuchFileException goneMeanwhile) {
            // Another build sweeping the same old site removed it first: what was asked is done.
        }
    }

    /**
     * Each entry removed by its name in its open folder: no walk of the whole path and no reading of its
     * attributes per file (a 10,000-page site's old folder holds 20,000 files), the folders found by the one
     * removal that fails for them.
     */
    private static void empty(SecureDirectoryStream<Path> folder) throws IOException {
        try {
            for (Path entry : folder) {
                Path name = entry.getFileName();
                try {
                    folder.deleteFile(name);
                } catch (NoSuchFileException goneMeanwhile) {
                    // Another build sweeping the same old site took it first.
                } catch (FileSystemException notAFile) {
                    try (SecureDirectoryStream<Path> inner = folder.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
                        empty(inner);
                        folder.deleteDirectory(name);
                    } catch (NoSuchFileException goneMeanwhile) {
                        // As above.
                    } catch (NotDirectoryException e) {
                        throw notAFile;
                    }
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    /** Where the system has no folders to act within. */
    private static void emptyByPaths(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(root)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
