import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One changed page in serve: {@code java -jar JAR serve --port 0 -C PROJECT_DIR}, the command an editor runs,
 * as a process of its own. After its first bake, one page is edited (warm), then edited back (second warm).
 * For each save it reports, from serve's own summary line, the time until the new site is served and open
 * pages are told to reload ("vist efter"), and until its search index is written as well ("i alt"), both
 * counted from the start of the rebuild; plus the time from the save until that line, which adds the
 * watcher's wait for the editor to finish writing.
 *
 * <pre>java -cp CLASSES WarmRebake JAR PROJECT_DIR CHANGED_PAGE</pre>
 *
 * CHANGED_PAGE is relative to PROJECT_DIR (e.g. content/programmer/x.adoc); it is restored afterwards.
 * Prints one line: cold_ms=… warm_ms=… warm_index_ms=… warm_save_ms=… warm2_ms=… warm2_index_ms=… pages=…
 */
public final class WarmRebake {
    private static final Pattern SUMMARY =
            Pattern.compile("Bygget: (\\d+) sider.*, vist efter (\\d+) ms, i alt (\\d+) ms\\.");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path project = Path.of(args[1]).toAbsolutePath().normalize();
        Path page = project.resolve(args[2]);
        String original = Files.readString(page, StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long t0 = System.nanoTime();
        Process serve = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "serve", "--port", "0",
                "-C", project.toString())).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // serve has gone; next() reports the missing line
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
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
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor();
            }
        }
    }

    /** serve's next summary line; a failed bake ends the measurement. */
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
            if (line.startsWith("Bygningen fejlede")) {
                throw new IllegalStateException("serve: " + line);
            }
        }
    }
}
