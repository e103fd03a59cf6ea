package dk.kk.tillid.check;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The names in the web root exactly as the directory listings spell them. Lookups go through these listings,
 * never through the file system, so that {@code Bilag.html} does not match {@code bilag.html} on a
 * case-insensitive disk, nor an NFD name its NFC twin: the web server the site ends up on may be strict.
 */
final class WebRootListing {

    /**
     * A file's time has the file system's granularity (a clock tick, up to 2 s on FAT): a page written this
     * recently could be written again in place, same size, without its time moving, so its stamp is not trusted.
     */
    private static final long RACY_MILLIS = 2_000;

    private final Path root;
    /** Directory (relative, '/'-joined, "" for the root) to its entries, each mapped to whether it is a directory. */
    private final Map<String, Map<String, Boolean>> listings;
    /** Page to its size, modification time and file key, as the walk saw them; none where the disk has no key. */
    private final Map<String, String> stamps;

    private WebRootListing(Path root, Map<String, Map<String, Boolean>> listings, Map<String, String> stamps) {
        this.root = root;
        this.listings = listings;
        this.stamps = stamps;
    }

    static WebRootListing index(Path root) throws IOException {
        Map<String, Map<String, Boolean>> listings = new HashMap<>();
        Map<String, String> stamps = new HashMap<>();
        long settled = System.currentTimeMillis() - RACY_MILLIS;
        // Each name is joined to its folder's as the walk goes down: relativizing every path took a quarter of a
        // next build's check at 10,000 pages.
        Deque<String> folders = new ArrayDeque<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String relative = "";
                if (!folders.isEmpty()) {
                    String name = dir.getFileName().toString();
                    listings.get(folders.peek()).put(name, true);
                    relative = child(folders.peek(), name);
                }
                listings.put(relative, new HashMap<>());
                folders.push(relative);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                folders.pop();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                listings.get(folders.peek()).put(name, false);
                if (isHtml(name) && attributes.fileKey() != null && attributes.lastModifiedTime().toMillis() < settled) {
                    stamps.put(child(folders.peek(), name), attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                            + " " + attributes.fileKey());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A symlink loop or an unreadable entry: it is not a file a link can reach.
                return FileVisitResult.CONTINUE;
            }
        });
        return new WebRootListing(root, listings, stamps);
    }

    /**
     * What tells this page's bytes apart without reading them: size, modification time and file key (device
     * and inode), which change whenever the file is written or replaced, as for the bake's record of the site
     * (bake/KeptBuild); a page hard-linked from the last site keeps all three. Null where the disk has no file key
     * or the page was written too recently for its time to tell.
     */
    String stamp(String page) {
        return stamps.get(page);
    }

    private static String child(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    /** Every HTML page, relative with '/' separators, sorted. */
    List<String> pages() {
        List<String> pages = new ArrayList<>();
        listings.forEach((dir, entries) -> entries.forEach((name, isDirectory) -> {
            if (!isDirectory && isHtml(name)) {
                pages.add(dir.isEmpty() ? name : dir + "/" + name);
            }
        }));
        pages.sort(null);
        return pages;
    }

    /**
     * Every file and directory, files by their relative path and directories by theirs and a '/' ("/" the
     * root): what {@link ReferenceCheck.Resolved#targets} names, so that the next check sees what went.
     */
    Set<String> entries() {
        Set<String> entries = new HashSet<>();
        listings.forEach((dir, names) -> {
            entries.add(dir + "/");
            String prefix = dir.isEmpty() ? "" : dir + "/";
            names.forEach((name, isDirectory) -> {
                if (!isDirectory) {
                    entries.add(prefix + name);
                }
            });
        });
        return entries;
    }

    /** A directory as {@link #entries} names it. */
    static String directoryEntry(List<String> names) {
        return String.join("/", names) + "/";
    }

    private static boolean isHtml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    Path toPath(String relative) {
        return root.resolve(relative);
    }

    boolean isFile(List<String> names) {
        return Boolean.FALSE.equals(entry(names));
    }

    boolean isDirectory(List<String> names) {
        return names.isEmpty() || Boolean.TRUE.equals(entry(names));
    }

    private Boolean entry(List<String> names) {
        Map<String, Boolean> listing = listings.get(String.join("/", names.subList(0, names.size() - 1)));
        return listing == null ? null : listing.get(names.get(names.size() - 1));
    }

    /**
     * The first name on the way to {@code names} that is missing but exists in another case or Unicode form,
     * as the listing spells it: why a link that works on the editor's Mac fails on the server.
     */
    Optional<String> nearMiss(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Map<String, Boolean> listing = listings.get(String.join("/", names.subList(0, i)));
            if (listing == null) {
                return Optional.empty();
            }
            String wanted = names.get(i);
            if (!listing.containsKey(wanted)) {
                return listing.keySet().stream().filter(name -> looselyEqual(name, wanted)).sorted().findFirst();
            }
        }
        return Optional.empty();
    }

    private static boolean looselyEqual(String a, String b) {
        return Normalizer.normalize(a, Normalizer.Form.NFC).equalsIgnoreCase(Normalizer.normalize(b, Normalizer.Form.NFC));
    }
}
