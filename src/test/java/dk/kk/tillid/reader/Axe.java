package dk.kk.tillid.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Deque's axe-core, the rules engine behind most accessibility checkers, run inside the page. It comes from npm
 * (the WebJar on Maven Central stops at 4.6) once per checkout and is kept under target/.
 */
final class Axe {
    /** Pinned, so that a new release with new rules never turns a build red on its own. */
    static final String VERSION = "4.14.1";
    /** WCAG 2.2 level A and AA: the rules of 2.0 and 2.1 and those 2.2 added (such as target size). */
    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path INSTALL = Path.of("target/axe-" + VERSION);
    private static final Path SCRIPT = INSTALL.resolve("node_modules/axe-core/axe.min.js");
    private static String source;

    private Axe() {
    }

    private static synchronized String source() throws IOException, InterruptedException {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                install();
            }
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        }
        return source;
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALL);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", INSTALL.toString(), "axe-core@" + VERSION,
                "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund")
                .redirectErrorStream(true)
                .redirectOutput(INSTALL.resolve("npm.log").toFile())
                .start();
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(SCRIPT)) {
            npm.destroyForcibly();
            throw new IOException("npm could not install axe-core " + VERSION + ":\n"
                    + Files.readString(INSTALL.resolve("npm.log")));
        }
    }

    /** What axe found: the rules the page passes, and one line per element that breaks a rule. */
    record Result(List<String> passes, List<String> violations) {
    }

    /**
     * Runs the WCAG 2.0, 2.1 and 2.2 level A and AA rules on the page open in the browser. The script goes in through
     * the DevTools protocol, which the page's Content-Security-Policy does not govern.
     */
    @SuppressWarnings("unchecked")
    static Result run(Browser browser) throws IOException, InterruptedException {
        browser.script(source());
        Map<String, Object> result = (Map<String, Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done({
                        passes: r.passes.map(rule => rule.id),
                        violations: r.violations.flatMap(rule => rule.nodes.map(node =>
                            rule.id + ' (' + rule.help + ') at ' + node.target.join(' ') + ': ' + node.failureSummary))
                    }), error => done({error: String(error)}));
                """, WCAG_A_AND_AA);
        if (result.containsKey("error")) {
            throw new AssertionError("axe failed: " + result.get("error"));
        }
        return new Result((List<String>) result.get("passes"), (List<String>) result.get("violations"));
    }
}
