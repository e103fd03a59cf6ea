package dk.kk.tillid.cli;

import dk.kk.tillid.files.AtomicFile;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32C;

/**
 * The class data archive beside the jar ({@code tillid-site.jsa}, the JDK's AppCDS): the classes of JRuby, JBake,
 * OrientDB, Freemarker and the rest as a build loaded and verified them, mapped by the second JVM instead of read
 * from the jars again: a build of the real site that converts one page took 5.8 s of CPU instead of 8.2 s on an
 * idle machine. {@code mvn package} writes it from its site step ({@value #PROPERTY}={@value #WRITE}) when the jars
 * changed; a build without it runs as before.
 *
 * <p>The JDK itself ignores an archive of another JDK, or one whose jars were rebuilt or moved (it records each
 * jar's path, size and time); its only words about that are CDS log lines, which are switched off. What the JDK
 * does not check is the archive's own bytes: a cut-short or altered archive makes it abort. So the archive is
 * only ever moved into place whole, with a CRC-32C of it, of the tool's jar and the size and time of each jar it
 * was made from beside it ({@code tillid-site.jsa.sum}), and is used only when both still hold. One process writes it at a time (a lock beside it); another simply does not.
 */
final class ClassDataArchive {
    static final String PROPERTY = "tillid.site.archive";
    static final String WRITE = "write";
    /** Every CDS log line, warnings included, and nothing else of the JVM's logging. */
    static final String QUIET = "-Xlog:cds*=off";
    /** The user's own class data sharing settings win over ours. */
    private static final List<String> OWN_SHARING_OPTIONS = List.of("-Xshare", "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit", "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:-UseSharedSpaces");
    private static final String SUM_FORMAT = "tillid-site class data archive 3";
    /**
     * Debian's JDK 17 maps the archive at a random address by default (ASLR), and then rewrites every pointer in
     * it at each start: about 0.2 s of CPU per start of the worker for our 80 MB archive, half of its start. At
     * the address it was written for (the JDK's own default until 17.0.x), nothing needs rewriting; should that
     * address be taken, the JDK still maps it elsewhere. The worker runs only the editor's own sources.
     */
    private static final List<String> MAP_WHERE_WRITTEN = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");

    private final Path jar;
    private final Path archive;
    private final Path sum;
    private final Path lock;

    private ClassDataArchive(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
        this.sum = archive.resolveSibling(archive.getFileName() + ".sum");
        this.lock = archive.resolveSibling(archive.getFileName() + ".lock");
    }

    /** The archive that belongs beside {@code jar}, whether or not it exists; empty when the tool is not a jar. */
    static Optional<ClassDataArchive> beside(Path jar) {
        String name = jar.getFileName() == null ? "" : jar.getFileName().toString();
        if (!name.endsWith(".jar") || !Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        Path absolute = jar.toAbsolutePath();
        return Optional.of(new ClassDataArchive(absolute, absolute.resolveSibling(
                name.substring(0, name.length() - ".jar".length()) + ".jsa")));
    }

    Path path() {
        return archive;
    }

    /** Whether the user has chosen class data sharing settings of their own (then we add none). */
    static boolean ownChoice(List<String> given) {
        return given.stream().anyMatch(option -> OWN_SHARING_OPTIONS.stream().anyMatch(option::startsWith));
    }

    /** The options that make the second JVM map the archive, or none when it is missing or not whole. */
    List<String> useOptions() {
        if (!whole()) {
            return List.of();
        }
        List<String> options = new ArrayList<>(List.of(QUIET));
        options.addAll(MAP_WHERE_WRITTEN);
        options.add("-XX:SharedArchiveFile=" + archive);
        return options;
    }

    /** The options that make the second JVM write its loaded classes to {@code temporary} as it exits. */
    static List<String> writeOptions(Path temporary) {
        return List.of(QUIET, "-XX:ArchiveClassesAtExit=" + temporary);
    }

    /**
     * Whether the archive is there, has the sum written beside it when it was made, and was made from the jars
     * as they are now (each one's size and time, as the JDK checks them: so an archive of an older jar is
     * neither used nor, by a writing build, kept).
     */
    boolean whole() {
        try {
            if (!Files.isRegularFile(archive) || !Files.isRegularFile(sum)) {
                return false;
            }
            String expected = Files.readString(sum, StandardCharsets.UTF_8);
            String classPath = classPathLines();
            // The jars' times first: a stat each, where the archive's sum reads all of it.
            return expected.endsWith(classPath) && expected.equals(archiveLine(archive) + classPath);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code child} with the options to write a new archive, and puts the archive in place when it exits
     * with 0. When the archive in place was made from these very jars, or another process is writing one,
     * {@code child} runs as a plain build instead, with the archive when it is whole.
     */
    int write(ChildRun child) throws IOException {
        FileChannel channel = null;
        FileLock held = null;
        try {
            channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            held = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // No lock, no writing: the build itself goes on.
        }
        if (held != null) {
            sweep();
        }
        String classPath = null;
        try {
            classPath = held == null || whole() ? null : classPathLines();
        } catch (IOException e) {
            // A jar that cannot be read as one has no archive.
        }
        if (classPath == null) {
            closeQuietly(channel);
            return child.run(useOptions());
        }
        Path temporary = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid()
                + AtomicFile.WRITING);
        try {
            int status = child.run(writeOptions(temporary));
            if (status == 0) {
                install(temporary, classPath);
            }
            return status;
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // A leftover temporary file is never read as the archive.
            }
            closeQuietly(channel);
        }
    }

    /**
     * Removes what a writing build killed mid-way left (its archive, or the sum, written aside): only ever called
     * with the lock held, which every writer holds until its temporary files are gone, so none is being written.
     */
    private void sweep() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(archive.getParent(),
                archive.getFileName() + ".*" + AtomicFile.WRITING)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Left for the next writing build; a temporary file is never read as the archive.
        }
    }

    /** Moves a newly written archive into place; an archive that cannot be put in place is simply not used. */
    private void install(Path temporary, String classPath) {
        try {
            if (!Files.isRegularFile(temporary) || Files.size(temporary) == 0) {
                return;
            }
            // The sum goes first, so that for a moment an old archive lacks its sum, never the reverse.
            AtomicFile.replace(sum, (archiveLine(temporary) + classPath).getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(temporary, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, archive, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The build succeeded; only its next runs go without the archive.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing releases the lock either way.
            }
        }
    }

    /** The second JVM, given the archive options to start with. */
    interface ChildRun {
        int run(List<String> archiveOptions) throws IOException;
    }

    /** The JDK, then the jar and the libraries its manifest names, each by size, time and place, a line each. */
    private String classPathLines() throws IOException {
        List<Path> entries = new ArrayList<>(List.of(jar));
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String named = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (named != null) {
                for (String entry : named.trim().split("\\s+")) {
                    entries.add(jar.resolveSibling(entry));
                }
            }
        }
        // The second JVM is this JVM's java; another JDK quietly declines the archive, so it must be made again.
        StringBuilder lines = new StringBuilder("jdk ").append(System.getProperty("java.vm.version")).append(' ')
                .append(System.getProperty("java.home")).append('\n');
        // The tool's own jar by its bytes too: rebuilt at once, it may keep its size and time (a CRC of its
        // 0.8 MB is about a millisecond), and the JDK would then load the old archive's classes for the new ones.
        lines.append("content ").append(crc(jar)).append(' ').append(jar).append('\n');
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                lines.append(Files.size(entry)).append(' ').append(Files.getLastModifiedTime(entry).toMillis());
            } else {
                lines.append("missing");
            }
            lines.append(' ').append(entry).append('\n');
        }
        return lines.toString();
    }

    private static String archiveLine(Path file) throws IOException {
        return SUM_FORMAT + " " + Files.size(file) + " " + crc(file) + "\n";
    }

    /** The CRC-32C of a file's bytes. */
    private static String crc(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            CRC32C crc = new CRC32C();
            for (long at = 0; at < size; at += Integer.MAX_VALUE) {
                MappedByteBuffer part = channel.map(FileChannel.MapMode.READ_ONLY, at, Math.min(Integer.MAX_VALUE, size - at));
                crc.update(part);
            }
            return HexFormat.of().toHexDigits((int) crc.getValue());
        }
    }

    /** In the JVM that writes the archive: whether it should, once its command is done, start JRuby too. */
    static boolean writing() {
        return WRITE.equals(System.getProperty(PROPERTY));
    }

    /**
     * A build whose pages all come from the build cache never starts JRuby, and the archive would then lack the
     * classes a build that converts a page needs most. One small conversion loads them.
     */
    static void loadConversionClasses() {
        if (org.jruby.Ruby.isGlobalRuntimeReady()) {
            return;
        }
        String page = "= Titel\n:toc:\n\n== Afsnit\n\nTekst med *fed*, _kursiv_ og <<andet,en henvisning>>.\n\n"
                + "* punkt\n. trin\n\n[cols=\"1,5\",options=\"header\"]\n|===\n|Tid |Indhold\n|9.00 a|* punkt\n|===\n\n"
                + "[#andet]\n=== Andet\n\nNOTE: En note.\n";
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.convert(page, Options.builder().safe(SafeMode.SAFE).standalone(false).build());
        }
    }
}
