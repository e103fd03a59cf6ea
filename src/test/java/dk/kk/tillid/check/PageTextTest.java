package dk.kk.tillid.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages are read in the charset they declare, as browsers read them. */
class PageTextTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToUtf8() throws IOException {
        assertEquals("<p>æøå €</p>", read("<p>æøå €</p>", StandardCharsets.UTF_8));
    }

    @Test
    void honoursMetaCharset() throws IOException {
        String page = "<meta charset=\"windows-1252\"><p>æøå € “”</p>";
        assertEquals(page, read(page, Charset.forName("windows-1252")));
    }

    @Test
    void honoursHttpEquivContentType() throws IOException {
        String page = "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-15\"><p>æøå €</p>";
        assertEquals(page, read(page, Charset.forName("ISO-8859-15")));
    }

    @Test
    void readsLatin1AsWindows1252AsTheEncodingStandardSays() throws IOException {
        String page = "<meta charset=iso-8859-1><p>æøå € “”</p>";
        assertEquals(page, read(page, Charset.forName("windows-1252")));
    }

    @Test
    void aByteOrderMarkWinsOverTheMeta() throws IOException {
        String page = "<meta charset=\"windows-1252\"><p>æøå</p>";
        assertEquals(page, read("\uFEFF" + page, StandardCharsets.UTF_8));
        assertEquals(page, read("\uFEFF" + page, StandardCharsets.UTF_16LE));
    }

    private String read(String page, Charset charset) throws IOException {
        Path file = dir.resolve("side.html");
        new SiteWriter(dir).text("side.html", page, charset);
        return PageText.read(file);
    }
}
