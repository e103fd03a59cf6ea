package dk.kk.tillid.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the files in search/ back the way assets/js/search.js does (loadGroup, postings, decodePostings), so a
 * test can compare what a browser would find with the model the index was written from.
 */
final class WrittenIndex {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** File name without .js to its data, for every file of the folder. */
    final Map<String, JsonNode> files = new TreeMap<>();

    WrittenIndex(Path dir) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path file : listed.toList()) {
                String text = Files.readString(file, StandardCharsets.US_ASCII);
                String name = file.getFileName().toString().replaceFirst("\\.js$", "");
                String head = IndexWriter.CALLBACK + "(" + JSON.writeValueAsString(name) + ",";
                if (!text.startsWith(head) || !text.endsWith(");\n")) {
                    throw new AssertionError(name + " is not a call of " + IndexWriter.CALLBACK + ": " + text);
                }
                files.put(name, JSON.readTree(text.substring(head.length(), text.length() - 3)));
            }
        }
    }

    JsonNode meta() {
        return file("meta");
    }

    JsonNode file(String name) {
        JsonNode data = files.get(name);
        if (data == null) {
            throw new AssertionError("no " + name + ".js among " + files.keySet());
        }
        return data;
    }

    /** Every term of the index, with its spellings and postings, as search.js reads them group by group. */
    Map<String, TermEntry> terms() {
        Map<String, TermEntry> terms = new TreeMap<>();
        for (char g : meta().get("groups").asText().toCharArray()) {
            terms.putAll(group(String.valueOf(g)));
        }
        return terms;
    }

    Map<String, TermEntry> group(String g) {
        JsonNode vocabulary = file("v-" + g);
        List<String> words = new ArrayList<>();
        String previous = "";
        for (String coded : vocabulary.get("terms").asText().split(",")) {
            String term = previous.substring(0, Character.digit(coded.charAt(0), 36)) + coded.substring(1);
            words.add(term);
            previous = term;
        }
        List<Integer> starts = new ArrayList<>();
        vocabulary.get("chunks").forEach(n -> starts.add(n.asInt()));
        Map<String, TermEntry> terms = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            int chunk = chunkOf(starts, i);
            String encoded = file("p-" + g + "-" + chunk).get("postings").get(i - starts.get(chunk)).asText();
            List<String> spellings = new ArrayList<>();
            JsonNode listed = vocabulary.get("spellings").get(String.valueOf(i));
            if (listed != null) {
                listed.forEach(s -> spellings.add(s.asText()));
            }
            List<Posting> postings = decode(encoded, spellings.size() > 1);
            if (postings.size() != vocabulary.get("counts").get(i).asInt()) {
                throw new AssertionError("count of " + words.get(i) + " is not its number of postings");
            }
            terms.put(words.get(i), new TermEntry(words.get(i), spellings, postings));
        }
        return terms;
    }

    static int chunkOf(List<Integer> starts, int term) {
        int chunk = 0;
        while (chunk + 1 < starts.size() && starts.get(chunk + 1) <= term) {
            chunk++;
        }
        return chunk;
    }

    static List<Posting> decode(String text, boolean withSpellings) {
        List<Posting> postings = new ArrayList<>();
        int at = 0;
        int section = -1;
        while (at < text.length()) {
            int gap = 0;
            int digit;
            do {
                digit = PostingCodec.DIGITS.indexOf(text.charAt(at++));
                gap = gap << 5 | digit & 31;
            } while (digit >= 32);
            section += gap + 1;
            int flags = PostingCodec.DIGITS.indexOf(text.charAt(at++));
            int spellings = withSpellings ? PostingCodec.DIGITS.indexOf(text.charAt(at++)) : 0;
            postings.add(new Posting(section, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, flags >> 3, spellings));
        }
        return postings;
    }

    /** What the format keeps of a posting: the body count capped at 7, spelling bits only where several spellings exist. */
    static TermEntry asWritten(TermEntry entry) {
        boolean bits = entry.spellings().size() > 1;
        return new TermEntry(entry.term(), entry.spellings(), entry.postings().stream()
                .map(p -> new Posting(p.section(), p.inTitle(), p.inHeading(), p.partOnly(), Math.min(p.bodyCount(), 7),
                        bits ? p.spellings() : 0))
                .toList());
    }
}
