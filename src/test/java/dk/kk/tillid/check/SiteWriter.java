package dk.kk.tillid.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes fixture files into a temporary web root; names with æøå, '+' and spaces are simplest made here. */
final class SiteWriter {

    private final Path root;

    SiteWriter(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Lines joined with '\n', so that line n of a finding is element n - 1. */
    SiteWriter lines(String path, String... lines) {
        return text(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    SiteWriter text(String path, String text, Charset charset) {
        return bytes(path, text.getBytes(charset));
    }

    SiteWriter bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SiteWriter directory(String path) {
        try {
            Files.createDirectories(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A file whose content does not matter, such as an image. */
    SiteWriter file(String path) {
        return bytes(path, new byte[] {1});
    }
}
