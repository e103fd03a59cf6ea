package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Nothing about the machine that built the site may reach the intranet. */
class NoLeakIT {

    @Test
    void noOutputFileNamesTheUserHomeHostOrBuildFolders() throws IOException {
        List<String> secrets = new ArrayList<>(List.of(
                System.getProperty("user.home"),
                TestProjects.PROJECT.toString(),
                RealSite.dir().toString(),
                System.getProperty("java.home")));
        String user = System.getProperty("user.name");
        String host = InetAddress.getLocalHost().getHostName();
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(RealSite.dir())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        leaks.add(file.getFileName() + " contains " + secret);
                    }
                }
                // Names are checked as whole words in pages only: stylesheets say ":root" whoever builds them.
                if (!file.toString().endsWith(".html") && !file.toString().endsWith(".xml")) {
                    continue;
                }
                for (String word : List.of(user, host)) {
                    if (text.matches("(?s).*(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}\\p{N}]).*")) {
                        leaks.add(file.getFileName() + " names " + word);
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
