package dk.kk.tillid.index;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A term's postings packed two ints each (section; flags, spellings and count), read back as {@link Posting}s
 * on demand: a site has about as many postings as words in distinct sections (1.7 million at 3000 pages),
 * and an object each cost the index three times its files' size in memory.
 */
final class PostingList extends AbstractList<Posting> implements RandomAccess {
    private static final int TITLE = 1;
    private static final int HEADING = 2;
    private static final int PART_ONLY = 4;
    private static final int SPELLING_SHIFT = 3;
    private static final int COUNT_SHIFT = 9;
    private static final int MAX_COUNT = (1 << (32 - COUNT_SHIFT)) - 1;

    private final int[] packed;

    private PostingList(int[] packed) {
        this.packed = packed;
    }

    /** Appends postings in section order; {@link #build} hands out the list. */
    static final class Builder {
        private int[] packed;
        private int size;

        Builder(int expected) {
            packed = new int[2 * Math.max(1, expected)];
        }

        void add(int section, boolean inTitle, boolean inHeading, boolean partOnly, int bodyCount, int spellings) {
            if (2 * size + 2 > packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            packed[2 * size] = section;
            packed[2 * size + 1] = (inTitle ? TITLE : 0) | (inHeading ? HEADING : 0) | (partOnly ? PART_ONLY : 0)
                    | (spellings & 63) << SPELLING_SHIFT | Math.min(bodyCount, MAX_COUNT) << COUNT_SHIFT;
            size++;
        }

        PostingList build() {
            return new PostingList(packed.length == 2 * size ? packed : Arrays.copyOf(packed, 2 * size));
        }
    }

    @Override
    public Posting get(int index) {
        int section = packed[2 * index];
        int bits = packed[2 * index + 1];
        return new Posting(section, (bits & TITLE) != 0, (bits & HEADING) != 0, (bits & PART_ONLY) != 0,
                bits >>> COUNT_SHIFT, bits >>> SPELLING_SHIFT & 63);
    }

    @Override
    public int size() {
        return packed.length / 2;
    }
}
