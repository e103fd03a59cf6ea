package dk.kk.tillid.source;

import java.nio.file.Path;

/** One line of AsciiDoc, in the file it was written in, at its 1-based number there. */
record SourceLine(Path file, int number, String text) {
}
