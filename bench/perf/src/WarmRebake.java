import dk.kk.tillid.serve.PreviewServer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One changed page in serve: the tool's own preview server (PreviewServer, as `tillid-site serve` starts it, in
 * a JVM with default options) on the project, on a free loopback port. After its first bake, one page is
 * edited (warm), then edited back (second warm). For each save it reports, from serve's own summary line,
 * the time until the new site is served and open pages are told to reload ("vist efter"), and until its
 * search index is written as well ("i alt"), both counted from the start of the rebuild; plus the time from
 * the save until that line, which adds the watcher's wait for the editor to finish writing.
 *
 * <pre>java -cp "target/tillid-site.jar:target/lib/*:CLASSES" WarmRebake PROJECT_DIR CHANGED_PAGE WORK_DIR</pre>
 *
 * CHANGED_PAGE is relative to PROJECT_DIR (e.g. content/programmer/x.adoc); it is restored afterwards.
 * WORK_DIR is not used (serve writes to PROJECT_DIR/target/preview). Prints one line:
 * cold_ms=… warm_ms=… warm_index_ms=… warm_save_ms=… warm2_ms=… warm2_index_ms=… pages=…
 */
public final class WarmRebake {
    private static final Pattern SUMMARY =
            Pattern.compile("Bygget: (\\d+) sider.*, vist efter (\\d+) ms, i alt (\\d+) ms\\.");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path page = project.resolve(args[1]);
        String original = Files.readString(page, StandardCharsets.UTF_8);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        PrintStream log = new PrintStream(new LineSink(lines), true, StandardCharsets.UTF_8);
        try (PreviewServer server = new PreviewServer(project,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), log)) {
            long t0 = System.nanoTime();
            server.start();
            Matcher cold = next(lines);
            long coldMs = (System.nanoTime() - t0) / 1_000_000;

            long saved = System.nanoTime();
            Files.writeString(page, original + "\nDenne sætning er tilføjet af benchmarket for at ændre siden.\n",
                    StandardCharsets.UTF_8);
            Matcher warm = next(lines);
            long warmSave = (System.nanoTime() - saved) / 1_000_000;

            Files.writeString(page, original, StandardCharsets.UTF_8);
            Matcher warm2 = next(lines);

            System.out.printf(Locale.ROOT,
                    "cold_ms=%d warm_ms=%s warm_index_ms=%s warm_save_ms=%d warm2_ms=%s warm2_index_ms=%s pages=%s%n",
                    coldMs, warm.group(2), warm.group(3), warmSave, warm2.group(2), warm2.group(3), cold.group(1));
        } finally {
            Files.writeString(page, original, StandardCharsets.UTF_8);
        }
    }

    /** serve's next summary line; anything else it prints (a failed bake) ends the measurement. */
    private static Matcher next(BlockingQueue<String> lines) throws InterruptedException {
        while (true) {
            String line = lines.poll(10, TimeUnit.MINUTES);
            if (line == null) {
                throw new IllegalStateException("serve printed no summary within 10 minutes");
            }
            Matcher summary = SUMMARY.matcher(line);
            if (summary.find()) {
                return summary;
            }
            if (line.contains("fejl")) {
                throw new IllegalStateException("serve: " + line);
            }
        }
    }

    /** Hands each printed line to the queue. */
    private static final class LineSink extends OutputStream {
        private final BlockingQueue<String> lines;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineSink(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
