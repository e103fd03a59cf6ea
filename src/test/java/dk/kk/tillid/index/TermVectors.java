package dk.kk.tillid.index;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** term-vectors.json: what both term functions, Java and JS, must answer. */
final class TermVectors {
    record WordVector(String word, String term, String spelling, int edits) {
    }

    record TextVector(String text, List<String> terms) {
    }

    record ShortStemVector(String word, List<String> shortStems) {
    }

    private TermVectors() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = TermVectors.class.getResourceAsStream("/index/term-vectors.json")) {
            return new Json().toType(new String(in.readAllBytes(), StandardCharsets.UTF_8), Json.MAP_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<WordVector> words() {
        return ((List<Map<String, Object>>) load().get("words")).stream()
                .map(m -> new WordVector((String) m.get("word"), (String) m.get("term"), (String) m.get("spelling"),
                        ((Number) m.get("edits")).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<TextVector> texts() {
        return ((List<Map<String, Object>>) load().get("texts")).stream()
                .map(m -> new TextVector((String) m.get("text"), (List<String>) m.get("terms")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    static List<ShortStemVector> shortStems() {
        return ((List<Map<String, Object>>) load().get("shortStems")).stream()
                .map(m -> new ShortStemVector((String) m.get("word"), (List<String>) m.get("shortStems")))
                .toList();
    }
}
