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
