package dk.kk.tillid.bake;

import java.nio.file.Path;

/**
 * Bakes a project in a JVM of its own and prints how many pages it converted and whether it started
 * Asciidoctor (JRuby), which a test's own JVM may have done long before.
 */
public final class CachedBakeProbe {
    private CachedBakeProbe() {
    }

    public static void main(String[] args) throws Exception {
        BakeResult result = new SiteBaker(Path.of(args[0])).bake(Path.of(args[1]));
        System.out.println("converted=" + result.pagesConverted() + " jruby=" + AsciidoctorRuntime.started());
    }

    /** Runs the probe in a new JVM on this JVM's class path; its one line of output. */
    static String run(Path project, Path out) throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CachedBakeProbe.class.getName(),
                project.toString(), out.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (probe.waitFor() != 0) {
            throw new AssertionError("the probe failed: " + output);
        }
        return output.lines().filter(line -> line.startsWith("converted=")).findFirst().orElse(output);
    }
}
