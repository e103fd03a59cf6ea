package dk.kk.tillid.index;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A next build splices a term's string: pages' sections dropped, the sections after them numbered anew, a changed
     * page's postings put in. Whatever the pages, gaps (long ones too) and spellings, the result is the string of the
     * postings packed afresh.
     */
    @Test
    void aSplicedStringIsTheStringOfThePostingsPackedAfresh() {
        Random random = new Random(20130213L);
        int checked = 0;
        for (int round = 0; round < 400; round++) {
            List<String> spellings = random.nextBoolean() ? List.of("") : List.of("", "Aa", "AA");
            int pages = 1 + random.nextInt(12);
            int oldCount = 0;
            int newCount = 0;
            List<Integer> renumbered = new ArrayList<>();
            IndexBuilder.TermPostings before = new IndexBuilder.TermPostings();
            IndexBuilder.TermPostings after = new IndexBuilder.TermPostings();
            IndexBuilder.TermPostings added = new IndexBuilder.TermPostings();
            for (int p = 0; p < pages; p++) {
                int sections = 1 + random.nextInt(random.nextInt(4) == 0 ? 60 : 5);
                // Kept as it was (0), dropped (1), or changed: dropped, and new postings put in at its place (2).
                int fate = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
                for (int s = 0; s < sections; s++) {
                    renumbered.add(fate == 0 ? newCount + s : -1);
                    if (random.nextInt(3) == 0) {
                        int where = random.nextInt(1 << 8);
                        String spelling = spellings.get(random.nextInt(spellings.size()));
                        before.add(oldCount + s, where, spelling, null);
                        if (fate == 0) {
                            after.add(newCount + s, where, spelling, null);
                        }
                    }
                    if (fate == 2 && random.nextBoolean()) {
                        int where = random.nextInt(1 << 8);
                        String spelling = spellings.get(random.nextInt(spellings.size()));
                        after.add(newCount + s, where, spelling, null);
                        added.add(newCount + s, where, spelling, null);
                    }
                }
                oldCount += sections;
                newCount += fate == 1 ? 0 : sections;
            }
            TermEntry old = before.entry("t");
            TermEntry expected = after.entry("t");
            if (!old.spellings().equals(expected.spellings())) {
                // Then every posting's spelling bits may change, and a next build packs every page instead.
                continue;
            }
            checked++;
            String oldString = PostingCodec.encode(old.postings(), old.spellings().size() > 1);
            assertEquals(PostingCodec.encode(expected.postings(), expected.spellings().size() > 1),
                    PostingCodec.splice(oldString, renumbered.stream().mapToInt(Integer::intValue).toArray(), added,
                            expected.spellings()), "round " + round);
        }
        assertTrue(checked > 200, checked + " rounds with the same spellings");
    }
}
