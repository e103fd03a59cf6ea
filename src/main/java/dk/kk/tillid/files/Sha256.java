package dk.kk.tillid.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every JDK has, so its absence is a broken JDK rather than a case to handle. */
public final class Sha256 {
    private Sha256() {
    }

    /** A new digest to feed several pieces into. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The hash of a file's content, in hex. */
    public static String hex(Path file) throws IOException {
        return HexFormat.of().formatHex(of(Files.readAllBytes(file)));
    }
}
