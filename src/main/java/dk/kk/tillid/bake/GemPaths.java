package dk.kk.tillid.bake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load path of the gems a jar carries ({@code gems/NAME/} with {@code specifications/NAME.gemspec}, as
 * AsciidoctorJ's does), as JRuby names them on the class path: what RubyGems would add to it on each gem's
 * activation, without loading RubyGems.
 */
final class GemPaths {
    private static final String SPECIFICATIONS = "specifications/";
    private static final String GEMSPEC = ".gemspec";
    private static final Pattern REQUIRE_PATHS = Pattern.compile("require_paths\\s*=\\s*\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private GemPaths() {
    }

    /** The gems' paths in the jar {@code inJar} was loaded from, sorted by gem; empty when there is no such jar or no gem. */
    static List<String> of(Class<?> inJar) {
        try {
            Path jar = Path.of(inJar.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return List.of();
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                return of(file);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
    }

    static List<String> of(JarFile jar) throws IOException {
        List<String> specifications = new ArrayList<>();
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (name.startsWith(SPECIFICATIONS) && name.endsWith(GEMSPEC) && name.indexOf('/', SPECIFICATIONS.length()) < 0) {
                specifications.add(name);
            }
        }
        specifications.sort(null);
        List<String> paths = new ArrayList<>();
        for (String specification : specifications) {
            String gem = specification.substring(SPECIFICATIONS.length(), specification.length() - GEMSPEC.length());
            String text;
            try (InputStream in = jar.getInputStream(jar.getEntry(specification))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher requirePaths = REQUIRE_PATHS.matcher(text);
            if (!requirePaths.find()) {
                // A gemspec that does not say requires lib, as RubyGems' default has it.
                paths.add("uri:classloader:/gems/" + gem + "/lib");
                continue;
            }
            Matcher quoted = QUOTED.matcher(requirePaths.group(1));
            while (quoted.find()) {
                paths.add("uri:classloader:/gems/" + gem + "/" + quoted.group(1));
            }
        }
        return paths;
    }
}
