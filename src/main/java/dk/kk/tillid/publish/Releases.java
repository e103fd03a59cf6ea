package dk.kk.tillid.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A published site as a symbolic link to one of several complete releases kept beside it:
 * {@code DIR -> .DIR-releases/r-000007}. Switching is one rename(2) of a new link over the old one, so a
 * reader (or nginx) sees either the old site or the new one, whole, even if the publisher is killed.
 */
public final class Releases {
    private static final String COMPLETE = ".complete";

    private final Path link;
    private final Path store;

    public Releases(Path publishedDir) {
        this.link = publishedDir.toAbsolutePath().normalize();
        this.store = link.resolveSibling("." + link.getFileName() + "-releases");
    }

    /** A new, empty release folder; it becomes visible only through {@link #activate}. */
    public Path stage() throws IOException {
        Files.createDirectories(store);
        int next = all().stream().mapToInt(Releases::number).max().orElse(0) + 1;
        Path release = store.resolve(String.format("r-%06d", next));
        Files.createDirectory(release);
        return release;
    }

    /** Marks a verified release complete and points the published folder at it in one atomic rename. */
    public void activate(Path release) throws IOException {
        Files.writeString(marker(release), "");
        adoptExistingDirectory();
        Path temporary = link.resolveSibling("." + link.getFileName() + ".switch");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, link.getParent().relativize(release));
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Points the published folder back at the complete release before the current one. */
    public Path rollback() throws IOException {
        Optional<Path> current = current();
        List<Path> complete = all().stream().filter(Releases::isComplete).toList();
        int at = current.map(complete::indexOf).orElse(-1);
        if (at <= 0) {
            throw new IOException("Der er ingen tidligere udgave at gå tilbage til.");
        }
        Path previous = complete.get(at - 1);
        activate(previous);
        return previous;
    }

    /** Keeps the newest {@code keep} complete releases and the current one; unfinished ones go. */
    public void prune(int keep) throws IOException {
        Optional<Path> current = current();
        List<Path> complete = new ArrayList<>(all().stream().filter(Releases::isComplete).toList());
        List<Path> keepers = complete.subList(Math.max(0, complete.size() - keep), complete.size());
        for (Path release : all()) {
            if (!keepers.contains(release) && !current.map(release::equals).orElse(false)) {
                SiteDirectories.deleteTree(release);
                Files.deleteIfExists(marker(release));
            }
        }
    }

    public Optional<Path> current() throws IOException {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        return Optional.of(link.getParent().resolve(Files.readSymbolicLink(link)).normalize());
    }

    /** Release folders, oldest first. */
    public List<Path> all() throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(store)) {
            return list.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().matches("r-\\d{6}"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A first publish onto a plain folder: it becomes release r-000000. This one time the folder is briefly
     * absent, as a directory cannot be atomically replaced by a link; every later switch is atomic.
     */
    private void adoptExistingDirectory() throws IOException {
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            Path adopted = store.resolve("r-000000");
            Files.move(link, adopted, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(marker(adopted), "");
        }
    }

    /** Whether the release was built, verified and marked complete: only such a release is ever published. */
    public static boolean isComplete(Path release) {
        return Files.exists(marker(release));
    }

    private static Path marker(Path release) {
        return release.resolveSibling(release.getFileName() + COMPLETE);
    }

    private static int number(Path release) {
        return Integer.parseInt(release.getFileName().toString().substring(2));
    }
}
