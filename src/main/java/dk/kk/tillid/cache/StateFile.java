package dk.kk.tillid.cache;

import dk.kk.tillid.files.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * One record of the build cache kept whole in its own file, such as what the last build left for the next
 * one to build on. It has the form and the safeguards of a conversion entry ({@link EntryCodec}): format
 * header, the tool's fingerprint, a checksum; written aside and moved into place. A damaged, cut-short or
 * other version's file reads as absent, and a file that cannot be written is simply not kept.
 */
public final class StateFile {
    private final Path file;
    /** Worked out when first needed, so that a build can do other work while the jar is read. */
    private final Supplier<String> tool;

    private StateFile(Path file, Supplier<String> tool) {
        this.file = file;
        this.tool = tool;
    }

    /** {@code name} in the build cache of the project in {@code projectRoot}, for this version of the tool. */
    public static StateFile of(Path projectRoot, String name) {
        return new StateFile(projectRoot.resolve(ConversionCache.FOLDER).resolve(name), ToolFingerprint::current);
    }

    /** For tests: {@code file} as a tool with fingerprint {@code tool} sees it. */
    static StateFile at(Path file, String tool) {
        return new StateFile(file, () -> tool);
    }

    /** When the record was last written, in milliseconds since the epoch; empty when there is none. */
    public OptionalLong lastModified() {
        try {
            return OptionalLong.of(Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    public Optional<CachedConversion> read() {
        try {
            return EntryCodec.decode(Files.readAllBytes(file), tool.get());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the record is there but was written by another version of the tool (another jar, JBake, AsciidoctorJ
     * or JRuby), which is why it and every conversion kept beside it do not count for this one. Reads its header only.
     */
    public boolean ofAnotherTool() {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return false;
        }
        return EntryCodec.tool(head).filter(writer -> !writer.equals(tool.get())).isPresent();
    }

    /** Enough of a record's start for its header: the magic, the format and a fingerprint of 64 hex digits. */
    private static final int HEAD = 256;

    /** Keeps {@code record}; one the format cannot hold, or a folder that cannot be written, leaves no file. */
    public void write(CachedConversion record) {
        byte[] bytes;
        try {
            bytes = EntryCodec.encode(record, tool.get());
        } catch (IllegalArgumentException e) {
            delete();
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            deleteLeftovers();
            AtomicFile.replace(file, bytes);
        } catch (IOException e) {
            delete();
        }
    }

    /** What a process killed while writing left behind. */
    private void deleteLeftovers() throws IOException {
        String name = file.getFileName().toString();
        try (var files = Files.newDirectoryStream(file.getParent(), name + "*" + AtomicFile.WRITING)) {
            for (Path leftover : files) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Forgets the record, so that nothing stale is read in its place. */
    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left as it is; the reader checks what it describes before using it.
        }
    }
}
