package dk.kk.tillid.cache;

import dk.kk.tillid.files.AtomicFile;

import dk.kk.tillid.files.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages' conversions kept between processes, one file per page under {@code target/build-cache/conversions/}
 * of the project. An entry is used only when each input it recorded still has the value it had (see
 * {@link CachedConversion#inputs}); otherwise, and when it is damaged or another tool's, the page is converted
 * again and the entry replaced. Entries are written to a temporary file and moved into place, so a reader (or
 * a build killed while writing) never sees half of one. A cache that cannot be read or written is simply not
 * used: a build never fails because of it.
 */
public final class ConversionCache {
    /** Where the cache lives, from the project's root; under target/, so {@code mvn clean} removes it. */
    public static final String FOLDER = "target/build-cache";
    private static final String ENTRIES = "conversions";
    private static final String SUFFIX = ".entry";

    private static final ConversionCache OFF = new ConversionCache(null, () -> "");

    private final Path dir;
    /** Worked out when first needed, so that a build can do other work while the jar is read. */
    private final Supplier<String> tool;

    private ConversionCache(Path dir, Supplier<String> tool) {
        this.dir = dir;
        this.tool = tool;
    }

    /** The cache of the project in {@code projectRoot}, for this version of the tool. */
    public static ConversionCache of(Path projectRoot) {
        return new ConversionCache(projectRoot.resolve(FOLDER).resolve(ENTRIES), ToolFingerprint::current);
    }

    /** A cache that holds nothing and keeps nothing ({@code build --no-cache}). */
    public static ConversionCache off() {
        return OFF;
    }

    /** For tests: the cache in {@code dir} as a tool with fingerprint {@code tool} sees it. */
    static ConversionCache at(Path dir, String tool) {
        return new ConversionCache(dir, () -> tool);
    }

    /**
     * The kept conversion of {@code page} when every input it recorded has the value {@code current} gives
     * for it now.
     */
    public Optional<CachedConversion> lookup(String page, Function<String, String> current) {
        if (dir == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(page));
        } catch (IOException e) {
            return Optional.empty();
        }
        return EntryCodec.decode(bytes, tool.get()).filter(entry -> holds(entry, current));
    }

    /** The kept conversion of {@code page}, whatever its inputs are now; empty when there is none or it is damaged. */
    public Optional<CachedConversion> peek(String page) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return EntryCodec.decode(Files.readAllBytes(file(page)), tool.get());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean holds(CachedConversion entry, Function<String, String> current) {
        for (Map.Entry<String, String> input : entry.inputs().entrySet()) {
            if (!input.getValue().equals(current.apply(input.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Keeps {@code entry} as the conversion of {@code page}; a model the format cannot hold is not kept. */
    public void store(String page, CachedConversion entry) {
        if (dir == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = EntryCodec.encode(entry, tool.get());
        } catch (IllegalArgumentException e) {
            return;
        }
        try {
            AtomicFile.replace(file(page), bytes);
        } catch (IOException e) {
            // Not kept: the next build converts the page again.
        }
    }

    /**
     * Removes the entries of every page but {@code pages}, and what a killed build left half written, so that
     * the cache does not grow with pages deleted or renamed long ago.
     */
    public void retainOnly(Set<String> pages) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Set<Path> keep = new HashSet<>();
        pages.forEach(page -> keep.add(file(page).getFileName()));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!keep.contains(entry.getFileName())) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException e) {
            // Left for the next build to tidy.
        }
    }

    /** The entry's file: named by a hash of the page's path, so one page has one entry whatever changes. */
    Path file(String page) {
        return dir.resolve(HexFormat.of().formatHex(Sha256.of(page.getBytes(StandardCharsets.UTF_8))) + SUFFIX);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Another build may hold it; it is ignored when read in any case.
        }
    }
}
