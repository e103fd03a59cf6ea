package dk.kk.tillid.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateFileTest {
    @TempDir
    Path dir;

    private final CachedConversion record = new CachedConversion(Map.of("site", "/x"), List.of(),
            Map.of("keys", Map.of("content/a.adoc", "abc"), "headers", Map.of("content/b.adoc", List.of("t"))));

    @Test
    void readsBackWhatItWrote() {
        StateFile file = StateFile.at(dir.resolve("last.bin"), "tool-1");
        file.write(record);
        assertEquals(record.inputs(), file.read().orElseThrow().inputs());
        assertEquals(record.model(), file.read().orElseThrow().model());
    }

    @Test
    void aDamagedCutShortOrForeignRecordReadsAsAbsent() throws Exception {
        Path path = dir.resolve("last.bin");
        StateFile.at(path, "tool-1").write(record);
        assertTrue(StateFile.at(path, "tool-2").read().isEmpty(), "another version's record");
        byte[] bytes = Files.readAllBytes(path);
        Files.write(path, Arrays.copyOf(bytes, bytes.length - 1));
        assertTrue(StateFile.at(path, "tool-1").read().isEmpty(), "cut short");
        bytes[bytes.length / 2] ^= 1;
        Files.write(path, bytes);
        assertTrue(StateFile.at(path, "tool-1").read().isEmpty(), "one bit changed");
    }

    @Test
    void tellsARecordOfAnotherToolFromAMissingOrDamagedOne() throws Exception {
        Path path = dir.resolve("last.bin");
        assertFalse(StateFile.at(path, "tool-1").ofAnotherTool(), "no record");
        StateFile.at(path, "tool-1").write(record);
        assertFalse(StateFile.at(path, "tool-1").ofAnotherTool(), "this tool's record");
        assertTrue(StateFile.at(path, "tool-2").ofAnotherTool(), "another version's record");
        byte[] olderFormat = Files.readAllBytes(path);
        olderFormat[EntryCodec.MAGIC.length + 3] = (byte) (EntryCodec.FORMAT - 1);
        Files.write(path, olderFormat);
        assertTrue(StateFile.at(path, "tool-1").ofAnotherTool(), "a record in an older version's format, whatever tool it names");
        Files.writeString(path, "noget andet");
        assertFalse(StateFile.at(path, "tool-2").ofAnotherTool(), "not a record at all");
    }

    @Test
    void writingRemovesWhatAKilledWriteLeftAndDeleteForgets() throws Exception {
        Path path = dir.resolve("last.bin");
        Path leftover = Files.writeString(dir.resolve("last.bin123.tmp"), "halv");
        StateFile file = StateFile.at(path, "tool-1");
        file.write(record);
        assertFalse(Files.exists(leftover));
        file.delete();
        assertTrue(file.read().isEmpty());
    }
}
