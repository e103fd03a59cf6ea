package dk.kk.tillid.serve;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Previews for tests: on a free port of this machine only, so tests never collide with each other or a real one. */
final class Previews {
    private Previews() {
    }

    /** Not started yet; its bakes report to {@code log}. */
    static PreviewServer onLoopback(Path project, OutputStream log) {
        return new PreviewServer(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new PrintStream(log, true, StandardCharsets.UTF_8));
    }
}
