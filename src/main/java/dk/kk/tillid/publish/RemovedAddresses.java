package dk.kk.tillid.publish;

import dk.kk.tillid.files.RelativePath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The addresses readers may have saved (pages and PDFs) that the live release has and a new release would drop.
 * A new release keeps an address by having a file there, a page or the redirect the bake writes for an old
 * address; an address removed on purpose is named in {@value #LIST_FILE} in the project's root, committed
 * with the change, one address a line ({@code gammel/side.html}, or {@code gammel/} for a whole folder).
 */
public final class RemovedAddresses {
    public static final String LIST_FILE = "fjernede-adresser.txt";

    private RemovedAddresses() {
    }

    /** The addresses of {@code live} that {@code release} lacks and the project's list does not name, sorted. */
    public static List<String> unplanned(Path live, Path release, Path projectRoot) throws IOException {
        List<String> listed = listed(projectRoot.resolve(LIST_FILE));
        List<String> lost = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(live)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String address = RelativePath.of(live, file);
                if ((address.endsWith(".html") || address.endsWith(".pdf"))
                        && !Files.isRegularFile(release.resolve(address))
                        && listed.stream().noneMatch(entry -> entry.equals(address) || entry.endsWith("/") && address.startsWith(entry))) {
                    lost.add(address);
                }
            }
        }
        return lost;
    }

    private static List<String> listed(Path list) throws IOException {
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry.startsWith("/") ? entry.substring(1) : entry);
            }
        }
        return entries;
    }
}
