package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.files.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A short hash of everything in assets/, added to stylesheet and script URLs (?v=…) so a web server may let
 * browsers cache them for a year: a changed file gets a new URL. Content-based, so builds stay reproducible.
 */
final class AssetVersion {
    private AssetVersion() {
    }

    static String of(Path assetFolder) throws IOException {
        MessageDigest sha = Sha256.digest();
        if (Files.isDirectory(assetFolder)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(assetFolder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                sha.update(RelativePath.of(assetFolder, file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    }
}
