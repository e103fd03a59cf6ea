package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the commands print about themselves is Danish, and a busy port is found before anything is baked. */
class DanishCommandLineTest {
    private record Printed(int exitCode, String out, String err) {
    }

    private static Printed run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Printed(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "check", "serve", "new", "publish"})
    void everyHelpIsDanish(String command) {
        Printed help = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, help.exitCode());
        String text = help.out();
        assertTrue(text.startsWith("Brug: tillid-site"), text);
        assertTrue(text.contains("Vis denne hjælp, og afslut."), text);
        for (String english : new String[] {"Usage:", "Show this help", "Print version", "Commands:", "Options:", "COMMAND"}) {
            assertFalse(text.contains(english), english + " in\n" + text);
        }
    }

    @Test
    void wrongUsageIsToldInDanishWithExitCodeTwo() {
        Printed unknown = run("build", "--nope");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("Ukendt tilvalg eller argument: --nope."), unknown.err());
        assertTrue(unknown.err().contains("tillid-site build --help"), unknown.err());
        Printed missing = run("new", "page");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("Mangler: TITEL."), missing.err());
    }

    @Test
    void serveSaysThePortIsBusyBeforeBaking(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Printed serve = run("serve", "-C", project.toString(), "--bind", "127.0.0.1", "--port",
                    Integer.toString(busy.getLocalPort()));
            assertEquals(1, serve.exitCode());
            assertTrue(serve.err().contains("Porten " + busy.getLocalPort() + " på 127.0.0.1 er optaget"), serve.err());
            assertTrue(serve.err().contains("--port " + (busy.getLocalPort() + 1)), serve.err());
            assertFalse(serve.err().contains("Address already in use"), serve.err());
            assertFalse(serve.err().contains("Bager"), "the port is told before any word of baking: " + serve.err());
        }
        assertFalse(Files.exists(project.resolve("target/preview")), "nothing baked");
    }
}
