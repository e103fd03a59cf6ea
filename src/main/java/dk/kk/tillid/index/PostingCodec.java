package dk.kk.tillid.index;

import java.util.List;

/**
 * Packs a posting list into a short string: per section the gap from the previous section as a
 * variable-length number, one character of flags, and for terms with several spellings one character
 * of spelling bits. Strings of these 64 characters need no escaping in JSON and gzip well.
 * search.js decodes the same format.
 */
final class PostingCodec {
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final int MAX_COUNT = 7;
    private static final byte[] VALUES = new byte[128];

    static {
        for (int i = 0; i < DIGITS.length(); i++) {
            VALUES[DIGITS.charAt(i)] = (byte) i;
        }
    }

    private PostingCodec() {
    }

    static String encode(List<Posting> postings, boolean withSpellings) {
        StringBuilder out = new StringBuilder(postings.size() * 3);
        int previous = -1;
        for (Posting p : postings) {
            number(p.section() - previous - 1, out);
            previous = p.section();
            int flags = (p.inTitle() ? 1 : 0) | (p.inHeading() ? 2 : 0) | (p.partOnly() ? 4 : 0)
                    | Math.min(p.bodyCount(), MAX_COUNT) << 3;
            out.append(DIGITS.charAt(flags));
            if (withSpellings) {
                out.append(DIGITS.charAt(p.spellings() & 63));
            }
        }
        return out.toString();
    }

    /**
     * What {@link #encode} gives for a term's postings after the sections of some pages were dropped, the others
     * renumbered ({@code renumbered}: old number to new, -1 for a dropped one, in the same order) and {@code added}'s
     * postings put among them, all with the term's spellings still {@code spellings}. A kept posting keeps its
     * characters; only a gap that changed is written anew, so the work is a scan of the characters.
     */
    static String splice(String old, int[] renumbered, IndexBuilder.TermPostings added, List<String> spellings) {
        boolean withSpellings = spellings.size() > 1;
        int perPosting = withSpellings ? 2 : 1;
        StringBuilder out = new StringBuilder(old.length() + 3 * added.size() + 8);
        int at = 0;
        int oldSection = -1;
        int newSection = -1;
        int j = 0;
        int copyFrom = 0;
        while (at < old.length()) {
            int start = at;
            int gap = 0;
            int digit;
            do {
                digit = VALUES[old.charAt(at++)];
                gap = gap << 5 | digit & 31;
            } while (digit >= 32);
            int rest = at;
            at += perPosting;
            oldSection += gap + 1;
            int section = renumbered[oldSection];
            if (section < 0) {
                out.append(old, copyFrom, start);
                copyFrom = at;
                continue;
            }
            if (j < added.size() && added.section(j) < section) {
                out.append(old, copyFrom, start);
                while (j < added.size() && added.section(j) < section) {
                    newSection = addedPosting(out, added, j++, newSection, spellings, withSpellings);
                }
                copyFrom = start;
            }
            if (section - newSection - 1 != gap) {
                out.append(old, copyFrom, start);
                number(section - newSection - 1, out);
                out.append(old, rest, at);
                copyFrom = at;
            }
            newSection = section;
        }
        out.append(old, copyFrom, old.length());
        while (j < added.size()) {
            newSection = addedPosting(out, added, j++, newSection, spellings, withSpellings);
        }
        return out.toString();
    }

    private static int addedPosting(StringBuilder out, IndexBuilder.TermPostings added, int i, int previous,
                                    List<String> spellings, boolean withSpellings) {
        int section = added.section(i);
        int where = added.where(i);
        number(section - previous - 1, out);
        out.append(DIGITS.charAt(where & 7 | Math.min(where >>> 3, MAX_COUNT) << 3));
        if (withSpellings) {
            out.append(DIGITS.charAt(added.spellingBits(i, spellings) & 63));
        }
        return section;
    }

    // Base 32, most significant digit first; digits 32-63 say "more digits follow".
    private static void number(int value, StringBuilder out) {
        int shift = 0;
        while (value >>> (shift + 5) != 0) {
            shift += 5;
        }
        for (; shift > 0; shift -= 5) {
            out.append(DIGITS.charAt(32 + ((value >>> shift) & 31)));
        }
        out.append(DIGITS.charAt(value & 31));
    }
}
