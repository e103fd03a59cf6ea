package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar runs its baking commands in a second JVM, which never acts without the first. */
class TunedJvmIT {
    private static final Path JAR = Path.of("target/tillid-site.jar").toAbsolutePath();
    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void aPublishKilledWhenItsSecondJvmAppearsPublishesNothingAndLeavesNoJvm(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path www = dir.resolve("www/tillid");
        Files.createDirectories(www.getParent());
        Random random = new Random(20130213);
        for (int round = 0; round < 8; round++) {
            Process first = start(List.of("publish", "--to", www.toString(), "-C", project.toString()), List.of());
            ProcessHandle second = secondJvm(first).orElseThrow(() -> new AssertionError("no second JVM started"));
            // Half the rounds kill at once, while the second JVM is still starting; the others a little later.
            if (round % 2 == 1) {
                Thread.sleep(random.nextInt(1500));
            }
            List<ProcessHandle> started = new ArrayList<>(first.descendants().toList());
            started.add(second);
            first.destroyForcibly().waitFor();
            for (ProcessHandle jvm : started) {
                jvm.onExit().completeOnTimeout(jvm, 120, TimeUnit.SECONDS).join();
                assertFalse(jvm.isAlive(), "round " + round + ": a process of the killed publish is still running");
            }
            assertFalse(Files.exists(www, LinkOption.NOFOLLOW_LINKS), "round " + round + ": the killed publish published");
            try (Stream<Path> beside = Files.list(www.getParent())) {
                assertEquals(List.of(), beside.filter(p -> p.toString().endsWith(".complete")).toList(), "round " + round);
            }
            Path store = www.resolveSibling(".tillid-releases");
            if (Files.isDirectory(store)) {
                try (Stream<Path> releases = Files.list(store)) {
                    assertEquals(List.of(), releases.filter(p -> p.toString().endsWith(".complete")).toList(),
                            "round " + round + ": no release was marked complete");
                }
            }
        }
        Process publish = start(List.of("publish", "--to", www.toString(), "-C", project.toString()), List.of());
        assertEquals(0, publish.waitFor(), "a publish that is not killed still publishes");
        assertTrue(Files.readString(www.resolve("index.html")).contains("Velkommen."));
    }

    @Test
    void optionsInAnyOrderAreTunedAndJvmOptionsApplyOnce(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path log = dir.resolve("log.txt");
        Process first = start(List.of("--verbose", "build", "-C", project.toString(), "-o", dir.resolve("site").toString()),
                List.of("JAVA_TOOL_OPTIONS=-Dtillid.test.marker=1"), log);
        ProcessHandle second = secondJvm(first).orElseThrow(() -> new AssertionError("--verbose build ran without a second JVM"));
        List<String> arguments = List.of(second.info().arguments().orElse(new String[0]));
        assertEquals(0, first.waitFor(), Files.readString(log));
        assertTrue(arguments.contains(QUICK_COMPILER_ONLY), arguments.toString());
        assertTrue(arguments.contains("-Xms120m"), "the heap starts small: " + arguments);
        assertEquals(optionKnown("TrimNativeHeapInterval"), arguments.stream().anyMatch(a -> a.startsWith("-XX:TrimNativeHeapInterval=")),
                "freed native memory goes back to the system when this JDK can: " + arguments);
        assertEquals(1, Collections.frequency(arguments, "-Dtillid.test.marker=1"), arguments.toString());
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, output.split("Picked up JAVA_TOOL_OPTIONS", -1).length - 1, output);
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void aHeapSizeOfYourOwnReplacesTheTunedOne(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path log = dir.resolve("log.txt");
        Process first = start(List.of("build", "-C", project.toString(), "-o", dir.resolve("site").toString()),
                List.of("JAVA_TOOL_OPTIONS=-Xms128m"), log);
        ProcessHandle second = secondJvm(first).orElseThrow(() -> new AssertionError("build ran without a second JVM"));
        List<String> arguments = List.of(second.info().arguments().orElse(new String[0]));
        assertEquals(0, first.waitFor(), Files.readString(log));
        assertEquals(1, Collections.frequency(arguments, "-Xms128m"), arguments.toString());
        assertFalse(arguments.contains("-Xms120m"), arguments.toString());
        assertFalse(arguments.contains("-Xmn80m"), arguments.toString());
    }

    @Test
    void theJarStartedThroughAnotherClassLoaderStillRelaunches(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        Path log = dir.resolve("log.txt");
        Process first = new ProcessBuilder(List.of(java(), "-cp", Path.of("target/test-classes").toAbsolutePath().toString(),
                OtherClassLoaderLauncher.class.getName(), JAR.toString(),
                "build", "-C", project.toString(), "-o", dir.resolve("site").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Optional<ProcessHandle> second = secondJvm(first);
        assertEquals(0, first.waitFor(), Files.readString(log));
        assertTrue(second.isPresent(), "the build ran in a second JVM");
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    /** The second JVM once it shows, or empty when the first ends without starting one. */
    private static Optional<ProcessHandle> secondJvm(Process first) throws InterruptedException {
        // Between fork and exec a child still shows its parent's command line: wait for its own.
        List<String> parent = List.of(first.info().arguments().orElse(new String[0]));
        while (first.isAlive()) {
            Optional<ProcessHandle> child = first.children()
                    .filter(c -> c.info().command().map(command -> command.endsWith("java")).orElse(false))
                    .filter(c -> c.info().arguments().map(List::of).filter(args -> !args.equals(parent)).isPresent())
                    .findFirst();
            if (child.isPresent()) {
                return child;
            }
            Thread.sleep(2);
        }
        return Optional.empty();
    }

    private static Process start(List<String> args, List<String> environment) throws IOException {
        return start(args, environment, null);
    }

    private static Process start(List<String> args, List<String> environment, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        for (String variable : environment) {
            int equals = variable.indexOf('=');
            builder.environment().put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        return builder.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean optionKnown(String name) {
        try {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class).getVMOption(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
