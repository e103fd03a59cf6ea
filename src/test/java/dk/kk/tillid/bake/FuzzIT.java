package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.problem.Diagnostic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated copies of the real content: every bake either succeeds or names the file (and line) at fault,
 * and never ends in an unexpected exception. Deterministic seed, bounded by rounds; a bake that hangs is
 * stopped by failsafe's fork timeout (pom.xml), not by a clock read here.
 */
class FuzzIT {
    private static final long SEED = 20130213L;
    private static final int ROUNDS = 30;
    private static final String[] FRAGMENTS = {
            "|===", "----", "====", "++++", "include::findes-ikke.adoc[]", "<<ukendt-id>>", "xref:findes.adoc[x]",
            ":jbake-date: 2013-13-45", ":jbake-type:", "*", "_", "`", "[", "]", "[#", "footnote:[", "{ukendt}",
            "image::mangler.png[]", "//", "////", "= ", "== ", "|", "::", "link:javascript:x[y]", "pass:[<b>]",
            "\t", "\u00e6\u00f8\u00e5", "\uFEFF", "[cols=\"1,", "ifdef::x[]", "endif::[]"};

    @Test
    void mutatedContentNeverCrashes(@TempDir Path dir) throws IOException {
        FixtureProject project = new FixtureProject(dir);
        TestProjects.copyTree(TestProjects.PROJECT.resolve("content"), dir.resolve("content"));
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
            sources = walk.filter(p -> p.toString().endsWith(".adoc")).sorted().toList();
        }
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path file = sources.get(random.nextInt(sources.size()));
            byte[] original = Files.readAllBytes(file);
            byte[] mutated = mutate(original, random);
            Files.write(file, mutated);
            String what = dir.relativize(file) + " round " + round;
            try {
                List<Diagnostic> problems = project.bake();
                for (Diagnostic d : problems) {
                    assertTrue(d.file().startsWith("content/") || d.file().startsWith("templates"),
                            what + ": a problem names its file: " + d);
                    assertTrue(!d.message().isBlank(), what + ": " + d);
                }
            } catch (RuntimeException e) {
                fail(what + ": unexpected " + e, e);
            } finally {
                Files.write(file, original);
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 2 -> lines.add(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            case 3 -> {
                String line = lines.get(at);
                int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
                lines.set(at, line.substring(0, cut) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + line.substring(cut));
            }
            case 4 -> lines = new ArrayList<>(lines.subList(0, at));
            case 5 -> {
                byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                return bytes;
            }
            default -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
