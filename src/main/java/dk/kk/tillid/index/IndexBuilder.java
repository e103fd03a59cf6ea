package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/** Turns read pages into terms with postings; knows nothing of files. */
final class IndexBuilder {
    /** More spellings of one term than this are ranked as folded matches; six fit in one posting character. */
    static final int MAX_SPELLINGS = 6;
    /** Pages read together on all cores; what they found is packed before the next batch is read. */
    private static final int BATCH = 64;

    private IndexBuilder() {
    }

    static IndexModel build(List<Page> unordered) {
        List<Page> pages = new ArrayList<>(unordered);
        pages.sort(Comparator.comparing(Page::path));
        WordCache words = new WordCache();
        CompoundSplitter splitter = new CompoundSplitter(Lexicon.danish());
        Map<String, TermPostings> byTerm = new HashMap<>();
        int section = 0;
        // Pages are read on all cores a batch at a time, and their sections numbered in page order: what a
        // batch found is packed into each term's postings before the next batch is read.
        for (int from = 0; from < pages.size(); from += BATCH) {
            List<List<Map<String, Occurrences>>> found = pages.subList(from, Math.min(pages.size(), from + BATCH))
                    .parallelStream()
                    .map(page -> occurrences(page, splitter, words))
                    .toList();
            for (List<Map<String, Occurrences>> page : found) {
                for (Map<String, Occurrences> inSection : page) {
                    for (Occurrences o : inSection.values()) {
                        byTerm.computeIfAbsent(o.term, t -> new TermPostings()).add(section, o);
                    }
                    section++;
                }
            }
        }
        TreeMap<String, TermEntry> terms = new TreeMap<>();
        byTerm.entrySet().parallelStream()
                .map(e -> e.getValue().entry(e.getKey()))
                .toList()
                .forEach(entry -> terms.put(entry.term(), entry));
        return new IndexModel(List.copyOf(pages), terms);
    }

    /** The terms of each section of one page. */
    private static List<Map<String, Occurrences>> occurrences(Page page, CompoundSplitter splitter, WordCache words) {
        List<Map<String, Occurrences>> sections = new ArrayList<>();
        for (int s = 0; s < page.sections().size(); s++) {
            SectionText text = page.sections().get(s);
            Map<String, Occurrences> found = new HashMap<>();
            if (s == 0) {
                collect(page.title(), Field.TITLE, found, splitter, words);
            }
            collect(text.heading(), Field.HEADING, found, splitter, words);
            collectBody(text.body(), found, splitter, words);
            sections.add(found);
        }
        return sections;
    }

    /** RESTATED: an abbreviation's expansion from its tooltip (see PageReader.EXPANSION_START). */
    private enum Field { TITLE, HEADING, BODY, RESTATED }

    private static void collectBody(String body, Map<String, Occurrences> found, CompoundSplitter splitter, WordCache words) {
        int from = 0;
        for (int open; (open = body.indexOf(PageReader.EXPANSION_START, from)) >= 0; ) {
            int close = body.indexOf(PageReader.EXPANSION_END, open);
            close = close < 0 ? body.length() : close;
            collect(body.substring(from, open), Field.BODY, found, splitter, words);
            collect(body.substring(open + 1, close), Field.RESTATED, found, splitter, words);
            from = Math.min(body.length(), close + 1);
        }
        collect(from == 0 ? body : body.substring(from), Field.BODY, found, splitter, words);
    }

    private static void collect(String text, Field field, Map<String, Occurrences> found, CompoundSplitter splitter,
                                WordCache words) {
        Matcher m = Terms.WORD.matcher(text);
        while (m.find()) {
            Word word = words.of(m.group(), splitter);
            if (word.term.isEmpty()) {
                continue;
            }
            found.computeIfAbsent(word.term, Occurrences::new).add(field, false, word.spelling);
            for (String part : word.parts) {
                found.computeIfAbsent(part, Occurrences::new).add(field, true, null);
            }
        }
    }

    /**
     * One term's occurrences so far, in section order, three ints each (section, where and how often, which
     * spellings): the spellings a term's postings mark are known only when every page has been read.
     */
    private static final class TermPostings {
        private static final int NO_SPELLING = -1;
        private int[] packed = new int[6];
        private int size;
        /** The term's spellings in the order first met; an occurrence refers to them by position. */
        private String[] seen = new String[1];
        private int seenCount;
        /** Sections that spell the term more than one way (rare) refer here, as -2 - position. */
        private List<int[]> several;

        void add(int section, Occurrences o) {
            if (3 * size + 3 > packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            // Where the word itself occurs, its compounds add nothing: only its own places count.
            // Words only restated (an expansion) match but count nothing: zero in the body, no title or heading.
            int where = o.asWord() ? flags(o.wordInTitle, o.wordInHeading, false, o.wordInBody)
                    : o.asPart() ? flags(o.partInTitle, o.partInHeading, true, o.partInBody)
                    : flags(false, false, !o.wordRestated, 0);
            int spelling = NO_SPELLING;
            if (o.spelling != null) {
                spelling = position(o.spelling);
                if (o.moreSpellings != null) {
                    int[] positions = new int[1 + o.moreSpellings.size()];
                    positions[0] = spelling;
                    int i = 1;
                    for (String more : o.moreSpellings) {
                        positions[i++] = position(more);
                    }
                    if (several == null) {
                        several = new ArrayList<>();
                    }
                    several.add(positions);
                    spelling = -2 - (several.size() - 1);
                }
            }
            packed[3 * size] = section;
            packed[3 * size + 1] = where;
            packed[3 * size + 2] = spelling;
            size++;
        }

        private static int flags(boolean inTitle, boolean inHeading, boolean partOnly, int bodyCount) {
            return (inTitle ? 1 : 0) | (inHeading ? 2 : 0) | (partOnly ? 4 : 0) | bodyCount << 3;
        }

        private int position(String spelling) {
            for (int i = 0; i < seenCount; i++) {
                if (seen[i].equals(spelling)) {
                    return i;
                }
            }
            if (seenCount == seen.length) {
                seen = Arrays.copyOf(seen, seen.length * 2);
            }
            seen[seenCount] = spelling;
            return seenCount++;
        }

        TermEntry entry(String term) {
            List<String> marks = Arrays.asList(Arrays.copyOf(seen, seenCount));
            List<String> spellings = marks.isEmpty() || marks.equals(List.of(""))
                    ? List.of() : marks.stream().sorted().limit(MAX_SPELLINGS).toList();
            int[] bit = new int[seenCount];
            for (int i = 0; i < spellings.size(); i++) {
                bit[marks.indexOf(spellings.get(i))] = 1 << i;
            }
            PostingList.Builder postings = new PostingList.Builder(size);
            for (int i = 0; i < size; i++) {
                int where = packed[3 * i + 1];
                int spelling = packed[3 * i + 2];
                int mask = 0;
                if (spelling >= 0) {
                    mask = bit[spelling];
                } else if (spelling != NO_SPELLING) {
                    for (int position : several.get(-2 - spelling)) {
                        mask |= bit[position];
                    }
                }
                postings.add(packed[3 * i], (where & 1) != 0, (where & 2) != 0, (where & 4) != 0, where >>> 3, mask);
            }
            return new TermEntry(term, spellings, postings.build());
        }
    }

    /** What the index needs of one written word: its term, how it is spelled, and its compound parts. */
    private record Word(String term, String spelling, List<String> parts) {
        static Word of(String written, CompoundSplitter splitter) {
            String term = Terms.term(written, splitter.lexicon());
            if (term.isEmpty()) {
                return new Word(term, "", List.of());
            }
            List<String> parts = splitter.parts(written).stream().filter(part -> !part.equals(term)).toList();
            return new Word(term, Terms.spelling(written), parts);
        }
    }

    /** Most words of a site recur many times; working each spelling out once is what keeps a bake fast. */
    private static final class WordCache {
        private final Map<String, Word> words = new ConcurrentHashMap<>();

        Word of(String written, CompoundSplitter splitter) {
            Word word = words.get(written);
            return word != null ? word : words.computeIfAbsent(written, w -> Word.of(w, splitter));
        }
    }

    private static final class Occurrences {
        final String term;
        // Where the word itself and where it as a compound part occurs; kept flat, as there is one per term and section.
        boolean wordInTitle;
        boolean wordInHeading;
        int wordInBody;
        boolean partInTitle;
        boolean partInHeading;
        int partInBody;
        boolean wordRestated;
        // Nearly every term is spelled one way in a section: a set is made only for a second spelling.
        String spelling;
        Set<String> moreSpellings;

        Occurrences(String term) {
            this.term = term;
        }

        void add(Field field, boolean inCompound, String spelling) {
            if (field == Field.RESTATED) {
                wordRestated |= !inCompound;
            } else if (inCompound) {
                partInTitle |= field == Field.TITLE;
                partInHeading |= field == Field.HEADING;
                partInBody += field == Field.BODY ? 1 : 0;
            } else {
                wordInTitle |= field == Field.TITLE;
                wordInHeading |= field == Field.HEADING;
                wordInBody += field == Field.BODY ? 1 : 0;
            }
            if (spelling == null || spelling.equals(this.spelling)) {
                return;
            }
            if (this.spelling == null) {
                this.spelling = spelling;
            } else {
                if (moreSpellings == null) {
                    moreSpellings = new HashSet<>();
                }
                moreSpellings.add(spelling);
            }
        }

        boolean asWord() {
            return wordInTitle || wordInHeading || wordInBody > 0;
        }

        boolean asPart() {
            return partInTitle || partInHeading || partInBody > 0;
        }
    }
}
