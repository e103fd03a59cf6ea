package dk.kk.tillid.cache;

import dk.kk.tillid.problem.Diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept conversion is used only when it is whole, this tool's, and every input it recorded is unchanged;
 * anything else is a miss, never a wrong page.
 */
class ConversionCacheTest {
    private static final String PAGE = "content/a.adoc";
    private static final Map<String, String> INPUTS = Map.of("file:content/a.adoc", "1111", "git:content/a.adoc", "2013-02-13");

    @TempDir
    Path dir;

    private static CachedConversion entry() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Æbler og pærer");
        model.put("body", "<p>" + "lang tekst ".repeat(10_000) + "</p>");
        model.put("order", 10);
        model.put("date", new Date(1_360_713_600_000L));
        model.put("tags", new String[] {"tillid", "ledelse"});
        model.put("headings", List.of(Map.of("id", "_a", "title", "A", "level", 2)));
        model.put("hidden", Boolean.FALSE);
        model.put("nothing", null);
        return new CachedConversion(INPUTS, List.of(Diagnostic.warning(PAGE, 3, "Ukendt hovedattribut.", "Ret navnet."),
                Diagnostic.warning(PAGE, 0, "Uden rettelse.", null)), model);
    }

    private ConversionCache cache() {
        return ConversionCache.at(dir, "tool-1");
    }

    @Test
    void anEntryComesBackAsItWasKept() {
        cache().store(PAGE, entry());
        CachedConversion back = cache().lookup(PAGE, INPUTS::get).orElseThrow();
        CachedConversion kept = entry();
        assertEquals(kept.inputs(), back.inputs());
        assertEquals(kept.warnings(), back.warnings());
        assertEquals(List.copyOf(kept.model().keySet()), List.copyOf(back.model().keySet()), "keys in the same order");
        assertArrayEquals((String[]) kept.model().get("tags"), (String[]) back.model().get("tags"));
        kept.model().remove("tags");
        back.model().remove("tags");
        assertEquals(kept.model(), back.model());
    }

    @Test
    void aChangedInputIsAMiss() {
        cache().store(PAGE, entry());
        Map<String, String> now = new LinkedHashMap<>(INPUTS);
        now.put("git:content/a.adoc", "2013-03-01");
        assertEquals(Optional.empty(), cache().lookup(PAGE, now::get));
        assertEquals(Optional.empty(), cache().lookup("content/b.adoc", INPUTS::get), "another page has no entry");
    }

    @Test
    void aTruncatedEntryIsIgnored() throws IOException {
        Path file = stored();
        byte[] bytes = Files.readAllBytes(file);
        for (int length : new int[] {0, 1, 20, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, length));
            assertEquals(Optional.empty(), cache().lookup(PAGE, INPUTS::get), "cut at " + length);
        }
    }

    @Test
    void anEntryOfAnotherVersionOfTheToolIsIgnored() {
        stored();
        assertEquals(Optional.empty(), ConversionCache.at(dir, "tool-2").lookup(PAGE, INPUTS::get));
    }

    @Test
    void anEntryOfAnotherFormatIsIgnored() throws IOException {
        Path file = stored();
        byte[] bytes = EntryCodec.encode(entry(), "tool-1");
        // The format number follows the magic; the checksum is made right again, so only the header can tell.
        bytes[EntryCodec.MAGIC.length + 3] = (byte) (EntryCodec.FORMAT + 1);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).putInt((int) crc.getValue());
        assertTrue(EntryCodec.whole(bytes), "the checksum holds");
        Files.write(file, bytes);
        assertEquals(Optional.empty(), cache().lookup(PAGE, INPUTS::get));
    }

    @Test
    void garbageIsIgnored() throws IOException {
        Path file = stored();
        Files.writeString(file, "<html>not an entry</html>", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), cache().lookup(PAGE, INPUTS::get));
        byte[] bytes = EntryCodec.encode(entry(), "tool-1");
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertEquals(Optional.empty(), cache().lookup(PAGE, INPUTS::get), "one flipped bit");
    }

    @Test
    void aModelTheFormatCannotHoldIsNotKept() {
        Map<String, Object> model = new LinkedHashMap<>(entry().model());
        model.put("odd", new StringBuilder("x"));
        cache().store(PAGE, new CachedConversion(INPUTS, List.of(), model));
        assertEquals(Optional.empty(), cache().lookup(PAGE, INPUTS::get));
    }

    @Test
    void writingLeavesOneWholeEntryAndNoTemporaryFile() throws IOException {
        cache().store(PAGE, entry());
        cache().store(PAGE, entry());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void onlyThePagesOfTheSiteAreKept() throws IOException {
        cache().store(PAGE, entry());
        cache().store("content/gone.adoc", entry());
        Files.writeString(dir.resolve("x.entry123.tmp"), "half written by a killed build");
        cache().retainOnly(Set.of(PAGE));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(cache().file(PAGE)), files.toList());
        }
    }

    @Test
    void offKeepsNothing() {
        ConversionCache.off().store(PAGE, entry());
        assertFalse(ConversionCache.off().lookup(PAGE, INPUTS::get).isPresent());
    }

    @Test
    void theToolsFingerprintFollowsItsClassPath() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "one");
        String before = ToolFingerprint.of(List.of(classes.toString()));
        assertEquals(before, ToolFingerprint.of(List.of(classes.toString())), "the same code, the same fingerprint");
        Files.writeString(classes.resolve("A.class"), "two");
        assertFalse(before.equals(ToolFingerprint.of(List.of(classes.toString()))), "changed code, another fingerprint");
        assertTrue(ToolFingerprint.current().matches("[0-9a-f]{64}"));
    }

    private Path stored() {
        cache().store(PAGE, entry());
        Path file = cache().file(PAGE);
        assertTrue(Files.isRegularFile(file));
        return file;
    }
}
