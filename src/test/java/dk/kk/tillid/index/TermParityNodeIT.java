package dk.kk.tillid.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The term function of assets/js/search.js, run by Node, gives what the shared vectors say; TermsTest checks
 * the Java twin against the same file, so the index and the query always make the same terms.
 */
class TermParityNodeIT {
    private static final String SCRIPT = """
            const api = require(process.argv[1]);
            const v = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
            const out = {
              words: v.words.map(w => [api.term(w.word), api.spelling(w.word), api.allowedEdits(w.word)]),
              texts: v.texts.map(t => api.words(t.text).map(api.term).filter(x => x)),
              shortStems: v.shortStems.map(w => api.shortStems(w.word))
            };
            process.stdout.write(JSON.stringify(out));
            """;

    @Test
    @SuppressWarnings("unchecked")
    void nodeRunningSearchJsAgreesWithEveryVector() throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("basedir", "."));
        Process node = new ProcessBuilder("node", "-e", SCRIPT,
                base.resolve("assets/js/search.js").toAbsolutePath().toString(),
                base.resolve("src/test/resources/index/term-vectors.json").toAbsolutePath().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, node.exitValue());
        Map<String, List<List<Object>>> got = new ObjectMapper().readValue(output, Map.class);
        List<TermVectors.WordVector> words = TermVectors.words();
        for (int i = 0; i < words.size(); i++) {
            TermVectors.WordVector v = words.get(i);
            assertEquals(List.of(v.term(), v.spelling(), v.edits()), got.get("words").get(i), v.word());
        }
        List<TermVectors.TextVector> texts = TermVectors.texts();
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(texts.get(i).terms(), got.get("texts").get(i), texts.get(i).text());
        }
        List<TermVectors.ShortStemVector> shortStems = TermVectors.shortStems();
        for (int i = 0; i < shortStems.size(); i++) {
            assertEquals(shortStems.get(i).shortStems(), got.get("shortStems").get(i), shortStems.get(i).word());
        }
    }
}
