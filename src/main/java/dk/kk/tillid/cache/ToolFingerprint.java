package dk.kk.tillid.cache;

import dk.kk.tillid.files.Sha256;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * A hash of the code this JVM runs: every class and resource on the class path (the tool's jar, or in a
 * development checkout its classes and the libraries'), so that another version of the tool, JBake,
 * AsciidoctorJ or JRuby never reuses what this one cached. A jar counts by its entries' names, sizes and
 * CRC-32s, which its index already holds, so the hash costs milliseconds, not a read of every byte.
 */
public final class ToolFingerprint {
    private static volatile String current;

    private ToolFingerprint() {
    }

    /** The fingerprint of this JVM's class path, worked out once. */
    public static String current() {
        String local = current;
        if (local == null) {
            synchronized (ToolFingerprint.class) {
                local = current;
                if (local == null) {
                    local = of(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
                    current = local;
                }
            }
        }
        return local;
    }

    static String of(List<String> classPath) {
        MessageDigest digest = Sha256.digest();
        Deque<Path> pending = new ArrayDeque<>();
        classPath.stream().filter(entry -> !entry.isBlank()).map(Path::of).forEach(pending::add);
        Set<Path> seen = new LinkedHashSet<>();
        try {
            while (!pending.isEmpty()) {
                Path entry = pending.pop().toAbsolutePath().normalize();
                if (!seen.add(entry)) {
                    continue;
                }
                update(digest, "entry " + entry.getFileName());
                if (Files.isDirectory(entry)) {
                    directory(digest, entry);
                } else if (Files.isRegularFile(entry)) {
                    pending.addAll(jar(digest, entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void directory(MessageDigest digest, Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                update(digest, root.relativize(file).toString().replace(File.separatorChar, '/'));
                digest.update(Files.readAllBytes(file));
            }
        }
    }

    /** Hashes the jar's entries; returns the jars its manifest's Class-Path names (a test runner's launcher jar). */
    private static List<Path> jar(MessageDigest digest, Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                update(digest, entry.getName() + " " + entry.getSize() + " " + entry.getCrc());
            }
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            Path base = file.toAbsolutePath().getParent();
            return Stream.of(classPath.trim().split("\\s+"))
                    .map(ToolFingerprint::path)
                    .map(base::resolve)
                    .toList();
        } catch (java.util.zip.ZipException e) {
            digest.update(Files.readAllBytes(file));
            return List.of();
        }
    }

    /** A Class-Path entry is a relative URL, or a file: URL for an absolute path. */
    private static Path path(String url) {
        try {
            return url.startsWith("file:") ? Path.of(new java.net.URI(url)) : Path.of(java.net.URLDecoder.decode(url, StandardCharsets.UTF_8));
        } catch (java.net.URISyntaxException e) {
            return Path.of(url);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
