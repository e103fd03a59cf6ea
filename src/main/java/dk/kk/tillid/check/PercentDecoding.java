package dk.kk.tillid.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Percent-decoding as the URL standard does it, not as HTML forms do: '+' stays '+', and a '%' that is not
 * followed by two hex digits stays literally. {@link java.net.URLDecoder} would turn '+' into a space.
 */
public final class PercentDecoding {

    private PercentDecoding() {
    }

    /** The decoded text, or empty when the decoded bytes are not UTF-8. */
    public static Optional<String> decode(String encoded) {
        if (encoded.indexOf('%') < 0) {
            return Optional.of(encoded);
        }
        byte[] raw = encoded.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.put((byte) (hex(raw[i + 1]) << 4 | hex(raw[i + 2])));
                i += 2;
            } else {
                bytes.put(raw[i]);
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
