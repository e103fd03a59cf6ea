package dk.kk.tillid.cache;

import java.nio.file.Path;

/** For tests outside this package: a kept record rewritten whole, checksum and all, as another tool would write it. */
public final class OtherToolRecord {
    private OtherToolRecord() {
    }

    /** Rewrites the record in {@code file}, written by this tool, as the tool with fingerprint {@code tool} writes it. */
    public static void rewrite(Path file, String tool) {
        CachedConversion record = StateFile.at(file, ToolFingerprint.current()).read()
                .orElseThrow(() -> new AssertionError(file.getFileName() + ": no record of this tool to rewrite"));
        StateFile.at(file, tool).write(record);
        if (StateFile.at(file, tool).read().isEmpty()) {
            throw new AssertionError(file.getFileName() + ": the rewritten record does not read back whole");
        }
    }
}
