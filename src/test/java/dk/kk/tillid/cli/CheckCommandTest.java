package dk.kk.tillid.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exit codes and streams of {@code tillid-site check}, through the real entry point. */
class CheckCommandTest {

    @TempDir
    Path site;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void exitsZeroWithoutErrorsAndPrintsTheSummaryOnStderr() throws IOException {
        page("index.html", "<a href=\"om.html\">om</a> <a href=\"#\">intet</a>");
        page("om.html", "<a href=\"index.html\">forside</a>");

        assertEquals(0, Main.run("check", site.toString()));
        assertEquals("index.html:1: warning: href=\"#\": fører ingen steder hen\n", out());
        assertEquals("Tjekket: 2 sider, 3 referencer (0 eksterne), 0 fejl, 1 advarsel", err().strip());
    }

    @Test
    void exitsOneOnErrors() throws IOException {
        page("index.html", "<a href=\"væk.html\">væk</a>");

        assertEquals(1, Main.run("check", site.toString()));
        assertEquals("index.html:1: error: href=\"væk.html\": /væk.html findes ikke\n", out());
    }

    @Test
    void printsTheChosenFormat() throws IOException {
        page("index.html", "<a href=\"væk.html\">væk</a>");

        assertEquals(1, Main.run("check", "--format", "tsv", site.toString()));
        assertEquals("file\tline\tvalue\tseverity\tkind\tmessage\n"
                + "index.html\t1\tvæk.html\terror\tmissing-file\thref=\"væk.html\": /væk.html findes ikke\n", out());

        stdout.reset();
        assertEquals(1, Main.run("check", "--format=JSON", site.toString()));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertEquals(1, json.get("pagesChecked").asInt());
        assertEquals("væk.html", json.get("findings").get(0).get("value").asText());
    }

    @Test
    void exitsTwoOnBadUsage() throws IOException {
        page("index.html", "<p>tom</p>");

        assertEquals(2, Main.run("check", site.resolve("findes-ikke").toString()));
        assertTrue(err().contains("DIR er ikke en mappe"), err());
        assertEquals(2, Main.run("check", site.resolve("index.html").toString()));
        assertEquals(2, Main.run("check"));
        assertEquals(2, Main.run("check", "--format", "xml", site.toString()));
        assertEquals(2, Main.run("check", "--ukendt", site.toString()));
        assertEquals(2, Main.run("check", site.toString(), site.toString()));
        assertEquals("", out());
    }

    private void page(String name, String body) throws IOException {
        Files.writeString(site.resolve(name), "<!DOCTYPE html><title>x</title>" + body + "\n");
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
