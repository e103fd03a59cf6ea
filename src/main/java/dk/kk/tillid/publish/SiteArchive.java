package dk.kk.tillid.publish;

import dk.kk.tillid.files.RelativePath;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The site as a zip whose bytes depend only on the site: sorted entries, one fixed time, no extra fields. */
public final class SiteArchive {
    /**
     * The report's date. Set as a local date-time, because ZipEntry.setTime converts through the machine's
     * time zone and two CI machines in different zones would write different bytes.
     */
    private static final LocalDateTime FIXED = LocalDateTime.of(2013, 2, 13, 0, 0);

    private SiteArchive() {
    }

    public static void write(Path siteDir, Path zipFile) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> name(siteDir, a).compareTo(name(siteDir, b)))
                    .toList();
        }
        Files.createDirectories(zipFile.toAbsolutePath().getParent());
        Path partial = zipFile.resolveSibling(zipFile.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(name(siteDir, file));
                entry.setTimeLocal(FIXED);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        Files.move(partial, zipFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String name(Path root, Path file) {
        return RelativePath.of(root, file);
    }
}
