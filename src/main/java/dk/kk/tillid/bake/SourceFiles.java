package dk.kk.tillid.bake;

import dk.kk.tillid.files.FileWalk;
import dk.kk.tillid.files.RelativePath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file a bake reads, by its path from the project root, with its content hash, worked out at most once
 * per build. A file whose size, modification time and file identity (its stamp) are those the last build
 * recorded beside the hash is not read again, as the link check trusts the site's pages
 * ({@code check/ScanCache}). A stamp is kept only for a file that had not changed for a while when it was
 * taken: a file's time has the file system's granularity, so an edit right after it could leave it as it was.
 */
final class SourceFiles {
    /** Older than this when stamped, a file's next edit gives it another time on any file system. */
    private static final long SETTLED_MILLIS = 3_000;

    private final Path projectRoot;
    /** Every file under the bake's inputs, in name order, with its stamp; null for a file changed just now. */
    private final Map<String, String> stamps;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    /** Files whose hash the last build's record gave: read, worked out or not, it is the hash of these bytes. */
    private final Set<String> trusted = ConcurrentHashMap.newKeySet();

    private SourceFiles(Path projectRoot, Map<String, String> stamps) {
        this.projectRoot = projectRoot;
        this.stamps = stamps;
    }

    /**
     * Walks {@code roots} and takes each file's stamp, and its hash where {@code known} (name to stamp and
     * hash, as {@link #known} made them) has the same stamp.
     */
    static SourceFiles walk(Path projectRoot, List<Path> roots, Map<String, List<String>> known) throws IOException {
        return stamps(projectRoot, roots).withKnown(known);
    }

    /** Walks {@code roots} and takes each file's stamp; no hash is known yet ({@link #withKnown}). */
    static SourceFiles stamps(Path projectRoot, List<Path> roots) throws IOException {
        long settled = System.currentTimeMillis() - SETTLED_MILLIS;
        Map<String, String> stamps = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            if (Files.isRegularFile(root)) {
                BasicFileAttributes attributes = Files.readAttributes(root, BasicFileAttributes.class);
                stamps.put(RelativePath.of(projectRoot, root), stamp(attributes, settled));
                continue;
            }
            String prefix = root.equals(projectRoot) ? "" : RelativePath.of(projectRoot, root) + "/";
            FileWalk.files(root, (name, file, attributes) -> {
                if (attributes.isRegularFile()) {
                    stamps.put(prefix + name, stamp(attributes, settled));
                }
            });
        }
        return new SourceFiles(projectRoot, stamps);
    }

    /** These files with the hashes {@code known} (name to stamp and hash, as {@link #known} made them) has for the same stamp. */
    SourceFiles withKnown(Map<String, List<String>> known) {
        known.forEach((name, stampAndHash) -> {
            String stamp = stamps.get(name);
            if (stamp != null && stampAndHash.size() == 2 && !stamp.isEmpty() && stamp.equals(stampAndHash.get(0))) {
                hashes.put(name, stampAndHash.get(1));
                trusted.add(name);
            }
        });
        return this;
    }

    private static String stamp(BasicFileAttributes attributes, long settled) {
        boolean stable = attributes.lastModifiedTime().toMillis() < settled && attributes.fileKey() != null;
        return stable ? attributes.size() + " " + attributes.lastModifiedTime().toInstant() + " " + attributes.fileKey() : null;
    }

    /** The files found, by name from the project root, in name order. */
    Set<String> names() {
        return stamps.keySet();
    }

    /** Whether the file is one the last build recorded with its stamp, its hash taken from there. */
    boolean unchangedSinceRecorded(String name) {
        return trusted.contains(name);
    }

    /** The file's content hash, read once. */
    String hash(String name) {
        String hash = hashes.get(name);
        if (hash == null) {
            hash = BakeSession.hash(projectRoot.resolve(name));
            String earlier = hashes.putIfAbsent(name, hash);
            return earlier != null ? earlier : hash;
        }
        return hash;
    }

    /** The hashes known so far, by name. */
    Map<String, String> hashes() {
        return new HashMap<>(hashes);
    }

    /**
     * What the next build may trust: name to stamp and hash, for each file whose hash is known, from this build
     * ({@code more}: hashes the bake worked out itself) or the last; the stamp is empty for a file changed just
     * before it was taken, whose hash the next build reads again.
     */
    Map<String, List<String>> known(Map<String, String> more) {
        Map<String, List<String>> known = new TreeMap<>();
        stamps.forEach((name, stamp) -> {
            String hash = hashes.containsKey(name) ? hashes.get(name) : more.get(name);
            if (hash != null) {
                known.put(name, List.of(stamp == null ? "" : stamp, hash));
            }
        });
        return known;
    }
}
