import dk.kk.tillid.pipeline.SitePipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Warm rebuild after one changed page, the way the serve command does it: one JVM (started like serve, with
 * the JVM's default options), the bake → check → index pipeline once (cold), then one page edited and run
 * again into another fresh folder (warm), then edited back and run a third time (second warm).
 *
 * <pre>java -cp "target/tillid-site.jar:target/lib/*:CLASSES" WarmRebake PROJECT_DIR CHANGED_PAGE WORK_DIR</pre>
 *
 * CHANGED_PAGE is relative to PROJECT_DIR (e.g. content/programmer/x.adoc); it is restored afterwards.
 * Prints one line: cold_ms=… warm_ms=… warm2_ms=… pages=…
 */
public final class WarmRebake {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        Path page = project.resolve(args[1]);
        Path work = Path.of(args[2]).toAbsolutePath().normalize();
        deleteTree(work);
        Files.createDirectories(work);
        String original = Files.readString(page, StandardCharsets.UTF_8);
        // As serve does it: bake, check and index in the same JVM, each time into a fresh folder.
        SitePipeline pipeline = new SitePipeline(project, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            long t0 = System.nanoTime();
            int pages = pipeline.run(work.resolve("bake-1")).baked().pageSources().size();
            long cold = System.nanoTime() - t0;

            Files.writeString(page, original + "\nDenne sætning er tilføjet af benchmarket for at ændre siden.\n",
                    StandardCharsets.UTF_8);
            long t1 = System.nanoTime();
            pipeline.run(work.resolve("bake-2"));
            long warm = System.nanoTime() - t1;

            Files.writeString(page, original, StandardCharsets.UTF_8);
            long t2 = System.nanoTime();
            pipeline.run(work.resolve("bake-3"));
            long warm2 = System.nanoTime() - t2;

            System.out.printf(Locale.ROOT, "cold_ms=%d warm_ms=%d warm2_ms=%d pages=%d%n",
                    cold / 1_000_000, warm / 1_000_000, warm2 / 1_000_000, pages);
        } finally {
            Files.writeString(page, original, StandardCharsets.UTF_8);
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
