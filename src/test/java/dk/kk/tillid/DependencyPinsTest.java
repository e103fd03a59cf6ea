package dk.kk.tillid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.module.ModuleDescriptor.Version;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tool runs with the fixed versions of the old libraries JBake brings, not the vulnerable ones. */
class DependencyPinsTest {
    private static final Pattern VERSION = Pattern.compile("-(\\d+(?:\\.\\d+)+)\\.jar$");

    @ParameterizedTest
    @CsvSource({
            "org.apache.commons.text.StringSubstitutor, 1.10.0",
            "org.apache.commons.configuration2.PropertiesConfiguration, 2.10.1",
            "org.apache.commons.beanutils.PropertyUtils, 1.11.0",
            "org.apache.commons.io.FileUtils, 2.14.0",
            "org.apache.commons.lang3.StringUtils, 3.18.0",
            "net.jpountz.lz4.LZ4Factory, 1.10.1"})
    void eachLibraryIsAtLeastItsFixedVersion(String className, String fixed) throws Exception {
        Path jar = Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        Matcher version = VERSION.matcher(jar.getFileName().toString());
        assertTrue(version.find(), jar.getFileName().toString());
        assertTrue(Version.parse(version.group(1)).compareTo(Version.parse(fixed)) >= 0,
                className + " comes from " + jar.getFileName() + ", older than " + fixed);
    }
}
