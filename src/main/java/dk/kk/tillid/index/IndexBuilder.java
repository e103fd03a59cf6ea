package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/** Turns read pages into terms with postings; knows nothing of files. */
final class IndexBuilder {
    /** More spellings of one term than this are ranked as folded matches; six fit in one posting character. */
    static final int MAX_SPELLINGS = 6;

    private IndexBuilder() {
    }

    static IndexModel build(List<Page> unordered) {
        List<Page> pages = new ArrayList<>(unordered);
        pages.sort(Comparator.comparing(Page::path));
        WordCache words = new WordCache();
        CompoundSplitter splitter = new CompoundSplitter(Lexicon.danish());
        // Pages are read independently on all cores; sections are then numbered in page order.
        List<List<Map<String, Occurrences>>> found = pages.parallelStream()
                .map(page -> occurrences(page, splitter, words))
                .toList();
        Map<String, List<Occurrences>> byTerm = new HashMap<>();
        int section = 0;
        for (List<Map<String, Occurrences>> page : found) {
            for (Map<String, Occurrences> inSection : page) {
                for (Occurrences o : inSection.values()) {
                    o.section = section;
                    byTerm.computeIfAbsent(o.term, t -> new ArrayList<>()).add(o);
                }
                section++;
            }
        }
        TreeMap<String, TermEntry> terms = new TreeMap<>();
        byTerm.entrySet().parallelStream()
                .map(e -> entry(e.getKey(), e.getValue()))
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
            collect(text.body(), Field.BODY, found, splitter, words);
            sections.add(found);
        }
        return sections;
    }

    private enum Field { TITLE, HEADING, BODY }

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

    private static TermEntry entry(String term, List<Occurrences> list) {
        // The list is in section order already: build() adds each section's occurrences in turn.
        Set<String> marks = new HashSet<>();
        for (Occurrences o : list) {
            o.spellingsInto(marks);
        }
        List<String> spellings = marks.equals(Set.of("")) || marks.isEmpty()
                ? List.of() : marks.stream().sorted().limit(MAX_SPELLINGS).toList();
        List<Posting> postings = new ArrayList<>(list.size());
        for (Occurrences o : list) {
            int mask = 0;
            for (int i = 0; i < spellings.size(); i++) {
                if (o.hasSpelling(spellings.get(i))) {
                    mask |= 1 << i;
                }
            }
            // Where the word itself occurs, its compounds add nothing: only its own places count.
            postings.add(o.asWord()
                    ? new Posting(o.section, o.wordInTitle, o.wordInHeading, false, o.wordInBody, mask)
                    : new Posting(o.section, o.partInTitle, o.partInHeading, true, o.partInBody, mask));
        }
        return new TermEntry(term, spellings, List.copyOf(postings));
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
        int section;
        // Where the word itself and where it as a compound part occurs; kept flat, as there is one per term and section.
        boolean wordInTitle;
        boolean wordInHeading;
        int wordInBody;
        boolean partInTitle;
        boolean partInHeading;
        int partInBody;
        // Nearly every term is spelled one way in a section: a set is made only for a second spelling.
        private String spelling;
        private Set<String> moreSpellings;

        Occurrences(String term) {
            this.term = term;
        }

        void add(Field field, boolean inCompound, String spelling) {
            if (inCompound) {
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

        boolean hasSpelling(String mark) {
            return mark.equals(spelling) || moreSpellings != null && moreSpellings.contains(mark);
        }

        void spellingsInto(Set<String> marks) {
            if (spelling != null) {
                marks.add(spelling);
            }
            if (moreSpellings != null) {
                marks.addAll(moreSpellings);
            }
        }
    }
}
