package dk.kk.tillid.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes JSON as pure ASCII, so the index scripts decode the same whatever charset a server or the
 * file system claims. Maps keep their own iteration order: callers pass ordered maps for stable output.
 */
final class JsonText {
    private static final JsonMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private JsonText() {
    }

    static String of(Object value) {
        try {
            return ASCII.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + value, e);
        }
    }
}
