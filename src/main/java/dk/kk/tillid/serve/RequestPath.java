package dk.kk.tillid.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps a request path onto the site folder and never outside it. Rather than looking for every spelling of
 * "..", each segment must look like a name the bake writes: that rules out "..", "\", ":" (Windows drives and
 * streams) and whatever a second round of percent-decoding would have turned into one of them.
 */
final class RequestPath {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private RequestPath() {
    }

    /** @param path the request's path, percent-decoded once */
    static Optional<Path> resolve(Path siteRoot, String path) throws IOException {
        Path file = siteRoot;
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!SEGMENT.matcher(segment).matches()) {
                return Optional.empty();
            }
            file = file.resolve(segment);
        }
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        // A symbolic link in the site must not lead out of it either.
        return file.toRealPath().startsWith(siteRoot.toRealPath()) ? Optional.of(file) : Optional.empty();
    }
}
