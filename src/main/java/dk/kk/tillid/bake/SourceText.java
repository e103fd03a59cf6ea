package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A source file read strictly as UTF-8, because JBake would otherwise turn bad bytes into '?' without a word. */
final class SourceText {
    private final List<String> lines;

    private SourceText(List<String> lines) {
        this.lines = lines;
    }

    static SourceText read(Path file) throws IOException, MalformedSourceException {
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            // A NUL byte never occurs in text an editor wrote: an image or document was renamed to .adoc.
            if (b == 0) {
                throw new MalformedSourceException(1, true);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new SourceText(text.lines().toList());
        } catch (CharacterCodingException e) {
            throw new MalformedSourceException(lineOfFirstBadByte(bytes), false);
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    /** The one message for a file that is not UTF-8, whether it is a page or a file a page includes. */
    static Diagnostic notUtf8(String name, int line) {
        return Diagnostic.error(name, line, "Filen er ikke gemt som UTF-8.",
                "Gem filen igen med tegnsættet UTF-8 (i Notesblok: Gem som → Kodning: UTF-8).");
    }

    List<String> lines() {
        return lines;
    }

    boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** 1-based line of the first header attribute line {@code :name:}, or 0 when absent. */
    int lineOfAttribute(String name) {
        String prefix = ":" + name + ":";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1-based line of the first line containing {@code text}, or 0. */
    int lineContaining(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * 1-based lines where {@code text} stands as text: not in `monospace` and not in a listing or literal
     * block (---- or ....), where a page may well quote it.
     */
    List<Integer> linesWithText(String text) {
        List<Integer> found = new java.util.ArrayList<>();
        String block = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.matches("-{4,}|\\.{4,}")) {
                block = block == null ? stripped : block.equals(stripped) ? null : block;
                continue;
            }
            if (block == null && line.replaceAll("`[^`]*`", "").contains(text)) {
                found.add(i + 1);
            }
        }
        return found;
    }

    int lineContainingIgnoreCase(String text) {
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Line just below the document header, where a missing attribute should go. */
    int endOfHeader() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return lines.size();
    }

    static final class MalformedSourceException extends Exception {
        final int line;
        final boolean binary;

        MalformedSourceException(int line, boolean binary) {
            super(binary ? "binary" : "not UTF-8 at line " + line);
            this.line = line;
            this.binary = binary;
        }
    }
}
