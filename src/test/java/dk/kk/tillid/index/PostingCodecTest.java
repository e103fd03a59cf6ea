package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The posting format search.js reads: decoded here the way the script does, it gives back what was encoded. */
class PostingCodecTest {

    /** Reads the format as search.js does; the body count is capped at 7 by the format. */
    private static List<Posting> decode(String text, boolean withSpellings) {
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

    @Test
    void smallListsHaveTheDocumentedForm() {
        assertEquals("09", PostingCodec.encode(List.of(new Posting(0, true, false, false, 1, 0)), false),
                "gap 0, then title (1) and one occurrence (1 << 3)");
        assertEquals("V0" + "22", PostingCodec.encode(List.of(new Posting(31, false, false, false, 0, 0),
                new Posting(34, false, true, false, 0, 0)), false),
                "31 fits one digit; the next section is 34 - 31 - 1 = 2 further, in a heading (2)");
        assertEquals("X1" + "4" + "1", PostingCodec.encode(List.of(new Posting(33, false, false, true, 0, 1)), true),
                "a gap of 33 = 1 * 32 + 1 takes two digits (X: 1, more follow); then part-only (4) and the spelling bits");
    }

    @Test
    void whatIsEncodedIsReadBackWithTheCountCappedAtSeven() {
        Random random = new Random(20130213L);
        for (boolean withSpellings : new boolean[]{false, true}) {
            List<Posting> postings = new ArrayList<>();
            int section = -1;
            for (int i = 0; i < 500; i++) {
                section += 1 + random.nextInt(i % 50 == 0 ? 100_000 : 40);
                postings.add(new Posting(section, random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                        random.nextInt(12), withSpellings ? random.nextInt(64) : 0));
            }
            List<Posting> expected = postings.stream().map(p -> new Posting(p.section(), p.inTitle(), p.inHeading(),
                    p.partOnly(), Math.min(p.bodyCount(), 7), p.spellings())).toList();
            assertEquals(expected, decode(PostingCodec.encode(postings, withSpellings), withSpellings));
        }
    }
}
