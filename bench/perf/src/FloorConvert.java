import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor: plain AsciidoctorJ, one Asciidoctor instance, every .adoc under CONTENT_DIR converted in
 * sorted order on one thread, safe mode UNSAFE, base dir CONTENT_DIR, nothing written to disk. No
 * templates, no JBake, no checks: what any AsciiDoc site of these files costs at least.
 *
 * <pre>java -cp "target/lib/*:CLASSES" FloorConvert CONTENT_DIR</pre>
 *
 * Prints one line: files=N create_ms=… convert_ms=… chars=… (chars of HTML, so the work is not optimised away).
 */
public final class FloorConvert {
    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]).toAbsolutePath().normalize();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().collect(Collectors.toList());
        }
        long start = System.nanoTime();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            long created = System.nanoTime();
            Options options = Options.builder()
                    .safe(SafeMode.UNSAFE)
                    .baseDir(content.toFile())
                    .toFile(false)
                    .build();
            long chars = 0;
            for (Path file : files) {
                File source = file.toFile();
                String html = asciidoctor.convertFile(source, options, String.class);
                chars += html == null ? 0 : html.length();
            }
            long done = System.nanoTime();
            System.out.printf(Locale.ROOT, "files=%d create_ms=%d convert_ms=%d chars=%d%n", files.size(),
                    (created - start) / 1_000_000, (done - created) / 1_000_000, chars);
        }
    }
}
