package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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
        return build(unordered, null);
    }

    /**
     * @param found the words of pages as an earlier build found them ({@link Found#bytes}), by path, for pages
     *              whose text is what it was then; the words of every other page are worked out and added, so a
     *              build that changed one page splits the words of that page only; null keeps nothing
     */
    static IndexModel build(List<Page> unordered, Map<String, byte[]> found) {
        return build(unordered, found == null ? null : found::get, UnaryOperator.identity(), found);
    }

    /**
     * @param earlier  the words of a page as an earlier build found them ({@link Found#bytes}), by path, or null
     * @param text     a page of {@code unordered} with the text its words are found in (it may be given without)
     * @param foundNow where the words of the pages worked out now are put, by path (null: nowhere)
     */
    static IndexModel build(List<Page> unordered, Function<String, byte[]> earlier, UnaryOperator<Page> text,
                            Map<String, byte[]> foundNow) {
        return build(unordered, earlier, text, foundNow, null);
    }

    /** @param uses where each term's count of postings per spelling goes, by term (null: nowhere) */
    static IndexModel build(List<Page> unordered, Function<String, byte[]> earlier, UnaryOperator<Page> text,
                            Map<String, byte[]> foundNow, Map<String, Map<String, Integer>> uses) {
        List<Page> pages = new ArrayList<>(unordered);
        pages.sort(Comparator.comparing(Page::path));
        WordCache words = new WordCache();
        CompoundSplitter splitter = new CompoundSplitter(Lexicon.danish());
        Map<String, TermPostings> byTerm = new HashMap<>();
        int section = 0;
        // Pages are read on all cores a batch at a time, and their sections numbered in page order: what a
        // batch found is packed into each term's postings before the next batch is read.
        for (int from = 0; from < pages.size(); from += BATCH) {
            List<Found> batch = pages.subList(from, Math.min(pages.size(), from + BATCH))
                    .parallelStream()
                    .map(page -> {
                        Found then = earlier == null ? null : Found.of(earlier.apply(page.path()), page.sections().size());
                        if (then != null) {
                            return then;
                        }
                        Found now = Found.of(occurrences(text.apply(page), splitter, words));
                        if (foundNow != null) {
                            foundNow.put(page.path(), now.bytes());
                        }
                        return now;
                    })
                    .toList();
            for (Found page : batch) {
                section = page.addTo(byTerm, section);
            }
        }
        TreeMap<String, TermEntry> terms = new TreeMap<>();
        byTerm.entrySet().parallelStream()
                .map(e -> {
                    if (uses != null) {
                        Map<String, Integer> use = new HashMap<>();
                        e.getValue().countUse(use, 1);
                        uses.put(e.getKey(), use);
                    }
                    return e.getValue().entry(e.getKey());
                })
                .toList()
                .forEach(entry -> terms.put(entry.term(), entry));
        return new IndexModel(List.copyOf(pages), terms);
    }

    /**
     * What one page adds to the postings, kept between builds: per section, each term with where it occurs
     * (title, heading, only in compounds, count in the body) and how it is spelled. Strings are stored once per
     * page and referred to by number.
     */
    static final class Found {
        private final String[] strings;
        /** Per section: the number of terms, then per term: its string, where, how many spellings, their strings. */
        private final int[] data;
        private final int sections;

        private Found(String[] strings, int[] data, int sections) {
            this.strings = strings;
            this.data = data;
            this.sections = sections;
        }

        static Found of(List<Map<String, Occurrences>> sections) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            int[] data = new int[16];
            int size = 0;
            for (Map<String, Occurrences> inSection : sections) {
                data = room(data, size + 1);
                data[size++] = inSection.size();
                for (Occurrences o : inSection.values()) {
                    int spellings = o.spelling == null ? 0 : 1 + (o.moreSpellings == null ? 0 : o.moreSpellings.size());
                    data = room(data, size + 3 + spellings);
                    data[size++] = ids.computeIfAbsent(o.term, t -> ids.size());
                    data[size++] = o.where();
                    data[size++] = spellings;
                    if (o.spelling != null) {
                        data[size++] = ids.computeIfAbsent(o.spelling, t -> ids.size());
                        if (o.moreSpellings != null) {
                            // Sorted, so that the same page gives the same bytes in every build.
                            for (String more : new java.util.TreeSet<>(o.moreSpellings)) {
                                data[size++] = ids.computeIfAbsent(more, t -> ids.size());
                            }
                        }
                    }
                }
            }
            return new Found(ids.keySet().toArray(String[]::new), Arrays.copyOf(data, size), sections.size());
        }

        int sections() {
            return sections;
        }

        private static int[] room(int[] data, int needed) {
            return needed <= data.length ? data : Arrays.copyOf(data, Math.max(needed, data.length * 2));
        }

        /** The page's sections numbered from {@code section} on, added to each term's postings; @return the next number */
        int addTo(Map<String, TermPostings> byTerm, int section) {
            // Each of the page's terms looked up once, not once per section it is in: a next build packs every page.
            TermPostings[] postings = new TermPostings[strings.length];
            int at = 0;
            for (int s = 0; s < sections; s++, section++) {
                int terms = data[at++];
                for (int t = 0; t < terms; t++) {
                    int id = data[at++];
                    int where = data[at++];
                    int count = data[at++];
                    String spelling = count == 0 ? null : strings[data[at]];
                    String[] more = null;
                    if (count > 1) {
                        more = new String[count - 1];
                        for (int i = 1; i < count; i++) {
                            more[i - 1] = strings[data[at + i]];
                        }
                    }
                    at += count;
                    if (postings[id] == null) {
                        postings[id] = byTerm.computeIfAbsent(strings[id], x -> new TermPostings());
                    }
                    postings[id].add(section, where, spelling, more);
                }
            }
            return section;
        }

        byte[] bytes() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(data.length * 2 + strings.length * 10);
            number(out, sections);
            number(out, strings.length);
            for (String string : strings) {
                byte[] utf8 = string.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                number(out, utf8.length);
                out.write(utf8, 0, utf8.length);
            }
            number(out, data.length);
            for (int value : data) {
                number(out, value);
            }
            return out.toByteArray();
        }

        /** What {@link #bytes} wrote, when it is whole and fits a page of this many sections; else null. */
        static Found of(byte[] bytes, int sectionsExpected) {
            if (bytes == null) {
                return null;
            }
            try {
                int[] at = {0};
                int sections = number(bytes, at);
                if (sections != sectionsExpected) {
                    return null;
                }
                String[] strings = new String[number(bytes, at)];
                for (int i = 0; i < strings.length; i++) {
                    int length = number(bytes, at);
                    strings[i] = new String(bytes, at[0], length, java.nio.charset.StandardCharsets.UTF_8);
                    at[0] += length;
                }
                int[] data = new int[number(bytes, at)];
                for (int i = 0; i < data.length; i++) {
                    data[i] = number(bytes, at);
                }
                Found found = new Found(strings, data, sections);
                return at[0] == bytes.length && found.wellFormed() ? found : null;
            } catch (RuntimeException e) {
                return null;
            }
        }

        // A damaged entry must cost a split, never a wrong posting or an exception in the middle of a build.
        private boolean wellFormed() {
            int at = 0;
            for (int s = 0; s < sections; s++) {
                if (at >= data.length || data[at] < 0) {
                    return false;
                }
                int terms = data[at++];
                for (int t = 0; t < terms; t++) {
                    if (at + 3 > data.length || !isString(data[at]) || data[at + 2] < 0 || at + 3 + data[at + 2] > data.length) {
                        return false;
                    }
                    int count = data[at + 2];
                    at += 3;
                    for (int i = 0; i < count; i++) {
                        if (!isString(data[at++])) {
                            return false;
                        }
                    }
                }
            }
            return at == data.length;
        }

        private boolean isString(int id) {
            return id >= 0 && id < strings.length;
        }

        // Unsigned base-128 numbers, low bits first.
        private static void number(java.io.ByteArrayOutputStream out, int value) {
            while ((value & ~0x7f) != 0) {
                out.write(value & 0x7f | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }

        private static int number(byte[] bytes, int[] at) {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at[0]++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("not a number");
        }
    }

    /** What one page adds to the postings, worked out from its text. */
    static Found find(Page page) {
        return Found.of(occurrences(page, new CompoundSplitter(Lexicon.danish()), new WordCache()));
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

    private static final java.util.regex.Pattern PHONE_GROUP = java.util.regex.Pattern.compile("[0-9]{2,4}");
    private static final int PHONE_DIGITS = 8;

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
        List<String> run = new ArrayList<>();
        int numberEnd = -1;
        while (m.find()) {
            // A phone number is printed in groups ("2812 2162", "+45 28 12 21 62") and typed joined: it is a term too.
            // Each new group closes the last groups that add up to eight digits, so a "+45" before them does no harm.
            if (PHONE_GROUP.matcher(m.group()).matches()) {
                boolean next = !run.isEmpty() && m.start() == numberEnd + 1 && text.charAt(numberEnd) == ' ';
                if (!next) {
                    run.clear();
                }
                run.add(m.group());
                numberEnd = m.end();
                StringBuilder number = new StringBuilder();
                for (int i = run.size() - 1; i >= 0 && number.length() < PHONE_DIGITS; i--) {
                    number.insert(0, run.get(i));
                    if (number.length() == PHONE_DIGITS && i < run.size() - 1) {
                        found.computeIfAbsent(number.toString(), Occurrences::new).add(field, false, "");
                    }
                }
            } else {
                run.clear();
            }
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
    static final class TermPostings {
        private static final int NO_SPELLING = -1;
        private int[] packed = new int[6];
        private int size;
        /** The term's spellings in the order first met; an occurrence refers to them by position. */
        private String[] seen = new String[1];
        private int seenCount;
        /** Sections that spell the term more than one way (rare) refer here, as -2 - position. */
        private List<int[]> several;

        void add(int section, int where, String first, String[] more) {
            if (3 * size + 3 > packed.length) {
                packed = Arrays.copyOf(packed, packed.length * 2);
            }
            int spelling = NO_SPELLING;
            if (first != null) {
                spelling = position(first);
                if (more != null) {
                    int[] positions = new int[1 + more.length];
                    positions[0] = spelling;
                    int i = 1;
                    for (String another : more) {
                        positions[i++] = position(another);
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

        int size() {
            return size;
        }

        int section(int i) {
            return packed[3 * i];
        }

        /** Where posting {@code i} is (see {@link #flags}). */
        int where(int i) {
            return packed[3 * i + 1];
        }

        /** The spelling bits of posting {@code i}, for a term spelled as {@code spellings} lists. */
        int spellingBits(int i, List<String> spellings) {
            int spelling = packed[3 * i + 2];
            if (spelling >= 0) {
                return bitOf(seen[spelling], spellings);
            }
            int bits = 0;
            if (spelling != NO_SPELLING) {
                for (int position : several.get(-2 - spelling)) {
                    bits |= bitOf(seen[position], spellings);
                }
            }
            return bits;
        }

        private static int bitOf(String spelling, List<String> spellings) {
            int i = spellings.indexOf(spelling);
            return i < 0 ? 0 : 1 << i;
        }

        /** Adds {@code sign} for each posting that uses a spelling, to that spelling's count in {@code use}. */
        void countUse(Map<String, Integer> use, int sign) {
            int[] counts = new int[seenCount];
            for (int i = 0; i < size; i++) {
                int spelling = packed[3 * i + 2];
                if (spelling >= 0) {
                    counts[spelling]++;
                } else if (spelling != NO_SPELLING) {
                    for (int position : several.get(-2 - spelling)) {
                        counts[position]++;
                    }
                }
            }
            for (int s = 0; s < seenCount; s++) {
                if (counts[s] > 0) {
                    use.merge(seen[s], sign * counts[s], Integer::sum);
                }
            }
        }

        /** The spellings a term lists, from how many postings use each: {@link #entry} picks them alike. */
        static List<String> spellings(java.util.Collection<String> used) {
            return used.isEmpty() || used.equals(java.util.Set.of(""))
                    ? List.of() : used.stream().sorted().limit(MAX_SPELLINGS).toList();
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
            List<String> spellings = spellings(new HashSet<>(marks));
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

        /**
         * Where the word itself occurs, its compounds add nothing to the body count; but a title with it as a
         * compound's part ("Netværksmøder" for netværk) is still about it, beside a body that writes it alone.
         * Words only restated (an expansion) match but count nothing: zero in the body, no title or heading.
         */
        int where() {
            return asWord() ? TermPostings.flags(wordInTitle || partInTitle, wordInHeading, false, wordInBody)
                    : asPart() ? TermPostings.flags(partInTitle, partInHeading, true, partInBody)
                    : TermPostings.flags(false, false, !wordRestated, 0);
        }

        boolean asWord() {
            return wordInTitle || wordInHeading || wordInBody > 0;
        }

        boolean asPart() {
            return partInTitle || partInHeading || partInBody > 0;
        }
    }
}
