package dk.kk.tillid.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
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
            old = Files.createTempDirectory(target.toAbsolutePath().getParent(), "." + target.getFileName() + "-old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        return Optional.ofNullable(old);
    }

    /**
     * Deletes the staging and old folders of {@code target} that a killed build or preview left beside it
     * (Ctrl+C ends serve without waiting for a bake). Only for a caller that owns {@code target} and has none
     * of its own under way.
     */
    public static void deleteLeftovers(Path target) throws IOException {
        deleteSiblings(target, "-new-", "-old-");
    }

    /**
     * Deletes the old sites a killed build left beside {@code target} (its background delete ends with the
     * process). Another build's staging folder is left alone: that build may still be under way.
     */
    public static void deleteOldSites(Path target) throws IOException {
        deleteSiblings(target, "-old-");
    }

    private static void deleteSiblings(Path target, String... kinds) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(sibling -> {
                String n = sibling.getFileName().toString();
                return Arrays.stream(kinds).anyMatch(kind -> n.startsWith("." + name + kind));
            }).toList();
        }
        for (Path leftover : leftovers) {
            deleteTree(leftover);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
