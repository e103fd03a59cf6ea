package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
        for (String word : Terms.words(text)) {
            String term = words.term(word);
            if (term.isEmpty()) {
                continue;
            }
            found.computeIfAbsent(term, Occurrences::new).add(field, false, words.spelling(word));
            for (String part : splitter.parts(word)) {
                if (!part.equals(term)) {
                    found.computeIfAbsent(part, Occurrences::new).add(field, true, null);
                }
            }
        }
    }

    private static TermEntry entry(String term, List<Occurrences> list) {
        list.sort(Comparator.comparingInt(o -> o.section));
        TreeSet<String> marks = new TreeSet<>();
        list.forEach(o -> marks.addAll(o.spellings));
        List<String> spellings = marks.equals(Set.of("")) || marks.isEmpty()
                ? List.of() : List.copyOf(marks).subList(0, Math.min(MAX_SPELLINGS, marks.size()));
        List<Posting> postings = new ArrayList<>(list.size());
        for (Occurrences o : list) {
            int mask = 0;
            for (int i = 0; i < spellings.size(); i++) {
                if (o.spellings.contains(spellings.get(i))) {
                    mask |= 1 << i;
                }
            }
            // Where the word itself occurs, its compounds add nothing: only its own places count.
            FieldCounts where = o.asWord.any() ? o.asWord : o.asPart;
            postings.add(new Posting(o.section, where.title, where.heading, !o.asWord.any(), where.body, mask));
        }
        return new TermEntry(term, spellings, List.copyOf(postings));
    }

    /** Most words of a site recur many times; normalising each spelling once is what keeps a bake fast. */
    private static final class WordCache {
        private final Map<String, String> terms = new ConcurrentHashMap<>();
        private final Map<String, String> spellings = new ConcurrentHashMap<>();

        String term(String word) {
            return terms.computeIfAbsent(word, Terms::term);
        }

        String spelling(String word) {
            return spellings.computeIfAbsent(word, Terms::spelling);
        }
    }

    private static final class FieldCounts {
        boolean title;
        boolean heading;
        int body;

        void add(Field field) {
            title |= field == Field.TITLE;
            heading |= field == Field.HEADING;
            body += field == Field.BODY ? 1 : 0;
        }

        boolean any() {
            return title || heading || body > 0;
        }
    }

    private static final class Occurrences {
        final String term;
        int section;
        final FieldCounts asWord = new FieldCounts();
        final FieldCounts asPart = new FieldCounts();
        final Set<String> spellings = new TreeSet<>();

        Occurrences(String term) {
            this.term = term;
        }

        void add(Field field, boolean inCompound, String spelling) {
            (inCompound ? asPart : asWord).add(field);
            if (spelling != null) {
                spellings.add(spelling);
            }
        }
    }
}
