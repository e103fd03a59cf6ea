package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ranking of assets/js/search.js restated in Java, so ranking can be unit-tested against the index
 * model; SearchBrowserIT checks that Chromium running search.js returns the same order.
 */
final class ReferenceSearch {
    private static final int PREFIX_MIN = 3;
    private static final int PREFIX_LIMIT = 50;
    private static final int FUZZY_LIMIT = 20;
    private static final int SHORT_TYPO = 4;
    private static final int S_BARE_MIN = 4;
    private static final int SPLIT_MIN = 3;
    private static final int LONG_TYPO = 8;
    private static final int TAIL_MIN = 4;
    private static final int TAIL_PART_MIN = 3;
    private static final int TAIL_REST = 3;
    private static final double PART_FACTOR = 0.25;
    private static final Map<String, Double> WEIGHT = Map.of(
            "exact", 1.0, "folded", 0.6, "prefix", 0.3, "tail", 0.25, "fuzzy1", 0.15, "fuzzy2", 0.1);
    private static final Map<String, Integer> TIER = Map.of(
            "exact", 5, "folded", 4, "part", 3, "tail", 3, "prefix", 2, "fuzzy1", 1, "fuzzy2", 1);

    /** One result: a section of a page, pointing at {@code path#anchor}. */
    record Hit(int section, String path, String anchor, String heading, String title, int tiers, double score,
               int matched, boolean titled, boolean frontPage, int written, int headed, int fields) {
        String href() {
            return anchor.isEmpty() ? path : path + "#" + anchor;
        }
    }

    /** The content types whose text other pages show: first among equals (WRITTEN_IN in search.js). */
    private static final List<String> WRITTEN_IN = List.of("keynote", "report", "annex");
    private static final int PHRASE_WINDOW = 20;

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("[A-ZÆØÅ]{2,5}");
    /** What JavaScript's \s matches (every Unicode space, U+FEFF too): see search in search.js. */
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\\p{Z}\\uFEFF]");
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("([0-9]{1,2})(?:[.:][0-9]{2})?(?![0-9])");

    /** Among sections that match several words as well, the page where the text is written: whereWritten in search.js. */
    private static final Comparator<Hit> WHERE_WRITTEN = Comparator.comparingInt(Hit::tiers).reversed()
            .thenComparing(h -> h.score() > 0, Comparator.reverseOrder())
            .thenComparing(Comparator.comparingInt(Hit::headed).reversed())
            .thenComparing(Comparator.comparingInt(Hit::fields).reversed())
            .thenComparingInt(Hit::written)
            .thenComparing(Comparator.comparingDouble(Hit::score).reversed());

    private final IndexModel model;
    private final Map<String, List<TermEntry>> groups = new TreeMap<>();
    private final List<String[]> sections = new ArrayList<>();

    ReferenceSearch(IndexModel model) {
        this.model = model;
        model.terms().forEach((t, e) -> groups.computeIfAbsent(IndexWriter.groupOf(t), g -> new ArrayList<>()).add(e));
        for (Page page : model.pages()) {
            for (SectionText s : page.sections()) {
                sections.add(new String[] {page.path(), s.anchor(), s.heading(), page.title(), page.type(), s.body()});
            }
        }
    }

    List<Hit> search(String query) {
        return search(query, false);
    }

    /** typing: the last word is still being typed in the header box (see search in search.js). */
    List<Hit> search(String query, boolean typing) {
        query = SPACE.matcher(query).replaceAll(" ");
        Map<String, String[]> typed = new LinkedHashMap<>();
        java.util.regex.Matcher m = Terms.WORD.matcher(query);
        List<java.util.regex.MatchResult> ws = new ArrayList<>();
        while (m.find()) {
            ws.add(m.toMatchResult());
        }
        for (int i = 0; i < ws.size(); i++) {
            String word = ws.get(i).group();
            String t = Terms.term(word);
            // "kl." before a time: see queryTerms in search.js.
            java.util.regex.Matcher time = i + 1 < ws.size()
                    ? TIME.matcher(query).region(ws.get(i + 1).start(), query.length()) : null;
            boolean beforeTime = t.equals("kl") && !ABBREVIATION.matcher(word).matches() && time != null
                    && time.lookingAt() && Integer.parseInt(time.group(1)) <= 24;
            if (!t.isEmpty() && !beforeTime) {
                String dotted = ws.get(i).end() < query.length() && query.charAt(ws.get(i).end()) == '.' ? "." : "";
                typed.putIfAbsent(t, new String[] {Terms.withoutGenitive(word), t, Terms.spelling(word), dotted});
            }
        }
        typed = withPhoneNumber(typed, query, ws);
        // A word that finds nothing may be a compound written apart or inside a longer one: see splitWord in search.js;
        // one without an exact match, the end of a longer term (withTails); then a long typo (withLongTypos).
        Map<String, String[]> units = new LinkedHashMap<>();
        Map<String, Map<TermEntry, String>> candidates = new HashMap<>();
        Map<String, List<String>> dated = dateWords(query);
        String[] last = typed.values().stream().reduce((a, b) -> b).orElse(null);
        for (String[] q : typed.values()) {
            Map<TermEntry, String> asTyped = candidatesOf(q);
            dated.getOrDefault(q[1], List.of()).stream().filter(this::indexed)
                    .forEach(t -> asTyped.put(model.terms().get(t), "exact"));
            // "Kogency" for "Cogency": see withOtherFirstLetter in search.js.
            String soundAlike = q[1].length() < SHORT_TYPO ? "" : q[1].startsWith("c") ? "k" + q[1].substring(1)
                    : q[1].startsWith("k") ? "c" + q[1].substring(1) : "";
            // Beside other words, also where the word itself is found: "Klaus Juhl" for the entry "Claus Juhl".
            if ((asTyped.isEmpty() || typed.size() > 1) && indexed(soundAlike)) {
                asTyped.putIfAbsent(model.terms().get(soundAlike), "fuzzy1");
            }
            List<String[]> split = asTyped.isEmpty() ? split(q) : List.<String[]>of(q);
            for (String[] unit : split) {
                if (units.putIfAbsent(unit[1], unit) == null) {
                    Map<TermEntry, String> c = unit == q ? asTyped : candidatesOf(unit);
                    if (split.size() == 1 && !exact(unit) && !dated.getOrDefault(unit[1], List.of()).stream().anyMatch(this::indexed)) {
                        c.putAll(tails(unit, c, typing && unit == last));
                        if (c.isEmpty()) {
                            c.putAll(longTypos(unit[1]));
                        }
                    }
                    candidates.put(unit[1], c);
                }
            }
        }
        Map<String, String[]> queryTerms = units;
        int n = model.sectionCount();
        Map<Integer, double[]> bySection = new HashMap<>();
        // The terms each query word matched in a section, in the query's order (byWord in search.js).
        Map<Integer, List<List<String>>> byWord = new HashMap<>();
        for (String[] q : queryTerms.values()) {
            Map<Integer, double[]> best = new HashMap<>();
            Map<Integer, List<String>> matchedTerms = new HashMap<>();
            for (Map.Entry<TermEntry, String> c : candidates.get(q[1]).entrySet()) {
                TermEntry entry = c.getKey();
                for (Posting p : entry.postings()) {
                    matchedTerms.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(entry.term());
                    double[] found = match(c.getValue(), q[2], entry, p);
                    // The title counts however the word matched it (see rank in search.js), not only by the best match.
                    best.merge(p.section(), found, (a, b) -> {
                        double[] better = (b[0] > a[0] || b[0] == a[0] && b[1] > a[1] ? b : a).clone();
                        better[2] = Math.max(a[2], b[2]);
                        return better;
                    });
                }
            }
            double idf = Math.log(1 + (double) n / Math.max(1, best.size()));
            best.forEach((section, found) -> {
                double[] hit = bySection.computeIfAbsent(section, s -> new double[6]);
                hit[0] += found[0];
                hit[1] += found[1] * idf;
                hit[2]++;
                hit[3] += found[2];
                hit[4] += found[3] > 0 ? 1 : 0;
                hit[5] += found[3];
                byWord.computeIfAbsent(section, k -> new ArrayList<>()).add(matchedTerms.get(section));
            });
        }
        List<Hit> hits = new ArrayList<>();
        bySection.forEach((s, h) -> {
            String[] info = sections.get(s);
            hits.add(new Hit(s, info[0], info[1], info[2], info[3], (int) h[0], h[1], (int) h[2],
                    h[3] == queryTerms.size(), info[0].equals(IndexWriter.FRONT_PAGE), written(info[4]), (int) h[4], (int) h[5]));
        });
        List<Hit> all = hits.stream().filter(h -> h.matched() == queryTerms.size()).toList();
        List<Hit> shown = new ArrayList<>(all.isEmpty() ? hits : all);
        shown.sort(Comparator.comparingInt(Hit::matched).reversed()
                .thenComparing(Hit::frontPage)
                .thenComparing(Hit::titled, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingInt(Hit::tiers).reversed())
                .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
                .thenComparingInt(Hit::written)
                .thenComparingInt(Hit::section));
        boolean abbreviation = queryTerms.size() == 1
                && ABBREVIATION.matcher(queryTerms.values().iterator().next()[0]).matches();
        // A word found only as the short word it is a form of: the form as typed first (shortForm in search.js).
        boolean shortForm = queryTerms.size() == 1 && queryTerms.values().stream()
                .allMatch(q -> !indexed(q[1]) && Terms.shortStems(q[0]).stream().anyMatch(this::indexed));
        boolean several = Terms.words(query).size() >= 2;
        if ((queryTerms.size() >= 2 || several || abbreviation || shortForm) && !all.isEmpty() && shown.size() >= 2) {
            List<String> wanted = new ArrayList<>(queryTerms.keySet());
            List<Hit> top = new ArrayList<>(shown.subList(0, Math.min(PHRASE_WINDOW, shown.size())));
            Map<Hit, Boolean> phrase = new HashMap<>();
            Map<Hit, Boolean> named = new HashMap<>();
            Map<Hit, Boolean> about = new HashMap<>();
            List<String> joined = joinedChunks(query);
            Map<Hit, Boolean> writesJoined = new HashMap<>();
            List<String> letters = Terms.words(query).stream().filter(w -> Terms.term(w).isEmpty()).map(ReferenceSearch::letterOf)
                    .filter(l -> !l.isEmpty()).toList();
            List<String> inPhrase = letters.isEmpty() ? wanted : Terms.words(query).stream()
                    .map(w -> Terms.term(w).isEmpty() ? letterOf(w) : Terms.term(w)).filter(t -> !t.isEmpty()).toList();
            for (Hit h : top) {
                String[] info = sections.get(h.section());
                String heading = info[1].isEmpty() ? info[3] : info[2];
                about.put(h, h.headed() == wanted.size() && inOrder(heading, byWord.get(h.section()))
                        && phraseTerms(heading, letters).containsAll(letters));
                String text = (info[1].isEmpty() ? info[3] + " " : "") + info[2] + " " + info[5];
                phrase.put(h, hasPhrase(text, inPhrase, dated));
                writesJoined.put(h, !joined.isEmpty() && joined.stream().allMatch(c -> writesJoined(text, c)));
                named.put(h, namedBy(info[2], wanted) || namedBy(info[5], wanted) || info[1].isEmpty() && namedBy(info[3], wanted));
            }
            // After an abbreviation's glossary entry, the page titled what the entry says it stands for; beside other
            // words, the entry is the section headed by the abbreviation alone (see phraseFirst in search.js).
            List<List<String>> abbreviations = queryTerms.values().stream()
                    .filter(q -> ABBREVIATION.matcher(q[0]).matches()).map(q -> List.of(q[1])).toList();
            List<List<String>> expansions = top.stream().filter(h -> named.get(h)
                            && !abbreviations.isEmpty() || abbreviations.stream().anyMatch(a -> namedBy(sections.get(h.section())[2], a)))
                    .map(h -> Terms.words(sections.get(h.section())[5]).stream().map(Terms::term)
                            .filter(t -> !t.isEmpty()).toList()).toList();
            Map<Hit, Boolean> expanded = new HashMap<>();
            for (Hit h : top) {
                String[] info = sections.get(h.section());
                expanded.put(h, expansions.stream().anyMatch(e -> namedBy(info[3], e)));
            }
            top.sort(Comparator.comparing(Hit::frontPage).thenComparing(named::get, Comparator.reverseOrder())
                    .thenComparing(expanded::get, Comparator.reverseOrder())
                    .thenComparing(Hit::titled, Comparator.reverseOrder())
                    .thenComparing(about::get, Comparator.reverseOrder())
                    .thenComparing(phrase::get, Comparator.reverseOrder())
                    .thenComparing(writesJoined::get, Comparator.reverseOrder())
                    .thenComparing(wanted.size() > 1 ? WHERE_WRITTEN : (a, b) -> 0));
            for (int i = 0; i < top.size(); i++) {
                shown.set(i, top.get(i));
            }
        }
        return shown;
    }

    private Map<TermEntry, String> candidatesOf(String[] q) {
        List<TermEntry> vocab = groups.getOrDefault(IndexWriter.groupOf(q[1]), List.of());
        return candidates(q[0], q[1], Terms.allowedEdits(q[0]), vocab, ABBREVIATION.matcher(q[0]).matches(),
                q.length > 3 && !q[3].isEmpty());
    }

    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    /** A date typed in digits, as a text writes it: see dateWords in search.js. */
    static Map<String, List<String>> dateWords(String query) {
        Map<String, List<String>> found = new HashMap<>();
        java.util.regex.Matcher dmy = java.util.regex.Pattern
                .compile("(?:^|[^0-9])([0-9]{1,2})([-./])([0-9]{1,2})(?:[-./ ]([0-9]{4}))?(?![0-9])").matcher(query);
        while (dmy.find()) {
            if (dmy.group(4) != null || dmy.group(2).equals("/")) {
                addDate(found, dmy.group(1), dmy.group(3));
            }
        }
        java.util.regex.Matcher ymd = java.util.regex.Pattern
                .compile("(?:^|[^0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])").matcher(query);
        while (ymd.find()) {
            addDate(found, ymd.group(3), ymd.group(2));
        }
        return found;
    }

    private static void addDate(Map<String, List<String>> found, String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12 || d < 1 || d > 31) {
            return;
        }
        found.computeIfAbsent(Terms.term(month), k -> new ArrayList<>()).add(Terms.term(MONTHS.get(m - 1)));
        if (!String.valueOf(d).equals(day)) {
            found.computeIfAbsent(Terms.term(day), k -> new ArrayList<>()).add(String.valueOf(d));
        }
    }

    /** The term itself, the short word a form of it stands for or its s-variant is indexed (found.exact in search.js). */
    private boolean exact(String[] q) {
        String other = sVariant(q[0]);
        return indexed(q[1]) || Terms.shortStems(q[0]).stream().anyMatch(this::indexed)
                || !other.isEmpty() && !other.equals(q[1]) && indexed(other) || indexed(syncopeForm(q[1]));
    }

    /** The groups of a phone number typed apart as the one term the index holds: see withPhoneNumber in search.js. */
    private Map<String, String[]> withPhoneNumber(Map<String, String[]> typed, String query,
                                                  List<java.util.regex.MatchResult> ws) {
        List<java.util.regex.MatchResult> run = new ArrayList<>();
        String joined = null;
        List<String> parts = List.of();
        for (int i = 0; i < ws.size(); i++) {
            java.util.regex.MatchResult w = ws.get(i);
            if (!w.group().matches("[0-9]{2,4}")) {
                run.clear();
                continue;
            }
            if (!run.isEmpty() && !(w.start() == run.get(run.size() - 1).end() + 1 && query.charAt(w.start() - 1) == ' ')) {
                run.clear();
            }
            run.add(w);
            String number = "";
            for (int k = run.size() - 1; k >= 0 && number.length() < 8; k--) {
                number = run.get(k).group() + number;
                // The first window of eight digits the index holds: see withPhoneNumber in search.js.
                if (number.length() == 8 && k < run.size() - 1 && joined == null && indexed(number)) {
                    joined = number;
                    parts = run.stream().map(r -> Terms.term(r.group())).toList();
                }
            }
        }
        if (joined == null) {
            return typed;
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> q : typed.entrySet()) {
            if (!parts.contains(q.getKey())) {
                out.put(q.getKey(), q.getValue());
            } else if (q.getKey().equals(parts.get(0))) {
                out.put(joined, new String[] {joined, joined, "", ""});
            }
        }
        return out;
    }

    /** Terms within the ordinary typo limits of a term, best first, as {index, distance}: nearTerms in search.js. */
    private static List<int[]> near(String term, int edits, List<TermEntry> vocab) {
        List<int[]> near = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            String other = vocab.get(i).term();
            int limit = Math.min(edits, other.length() >= 8 ? 2 : other.length() >= 5 ? 1 : 0);
            if (!other.equals(term) && Math.abs(other.length() - term.length()) <= limit) {
                int d = distance(term, other);
                if (d <= limit) {
                    near.add(new int[] {i, d});
                }
            }
        }
        near.sort(Comparator.comparingInt((int[] x) -> x[1])
                .thenComparingInt(x -> -vocab.get(x[0]).postings().size()).thenComparingInt(x -> x[0]));
        return near.stream().limit(FUZZY_LIMIT).toList();
    }

    /** The term's other form with or without the e before a final l or r: see syncopeForm in search.js. */
    static String syncopeForm(String t) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]*[aeiouy][a-z]*?)([^aeiouy])([lr])").matcher(t);
        if (m.matches()) {
            return m.group(1) + m.group(2) + "e" + m.group(3);
        }
        m = java.util.regex.Pattern.compile("([a-z]*[aeiouy][a-z]*?)([^aeiouy])e([lr])").matcher(t);
        return m.matches() && !m.group(1).endsWith(m.group(2)) ? m.group(1) + m.group(2) + m.group(3) : "";
    }

    /** The term of the word with a final s taken off or put on: see sVariant in search.js. */
    static String sVariant(String word) {
        String w = Folding.lower(word);
        if (!w.matches("\\p{L}+") || w.endsWith("ss")) {
            return "";
        }
        String bare = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if (bare.codePointCount(0, bare.length()) < S_BARE_MIN) {
            return "";
        }
        return Terms.term(bare.equals(w) ? w + "s" : bare);
    }

    /** Terms ending with the word (or its short stems), TAIL_REST letters longer: see withTails in search.js. */
    private Map<TermEntry, String> tails(String[] q, Map<TermEntry, String> already, boolean typing) {
        Map<TermEntry, String> tails = new LinkedHashMap<>();
        // One typo within the ordinary limits (see candidates), not the last-resort guesses of four letters.
        String other = sVariant(q[0]);
        List<String> typed = other.isEmpty() || other.equals(q[1]) || indexed(other) ? List.of(q[1]) : List.of(q[1], other);
        boolean typo = Terms.allowedEdits(q[0]) > 0 && groups.getOrDefault(IndexWriter.groupOf(q[1]), List.of()).stream()
                .map(TermEntry::term).anyMatch(o -> typed.stream().anyMatch(t -> !o.equals(t) && o.length() >= 5
                        && Math.abs(o.length() - t.length()) <= 1 && distance(t, o) == 1));
        if (!q[1].matches("[a-z]+") || q[1].length() < TAIL_PART_MIN || typo || typing && already.containsValue("prefix")) {
            return tails;
        }
        // A three-letter word only where the rest of the term is a term too: see withTails in search.js.
        boolean shortWord = q[1].length() < TAIL_MIN;
        List<String> ends = new ArrayList<>(List.of(q[1]));
        boolean prefixed = already.containsValue("prefix");
        // A three-letter word's terms are listed in the index (e-files): the word itself, not its short forms.
        Terms.shortStems(q[0]).stream().filter(end -> !shortWord && (end.length() >= TAIL_MIN || !prefixed)).forEach(ends::add);
        model.terms().values().stream()
                .filter(e -> e.term().matches("[a-z].*") && !already.containsKey(e)
                        && ends.stream().anyMatch(end -> e.term().length() >= end.length() + TAIL_REST && e.term().endsWith(end)
                                && (!end.equals(q[1]) || !shortWord || firstPart(e, e.term().substring(0, e.term().length() - end.length()), end))))
                .sorted(Comparator.comparingInt((TermEntry e) -> -e.postings().size()).thenComparing(TermEntry::term))
                .limit(PREFIX_LIMIT)
                .forEach(e -> tails.put(e, "tail"));
        return tails;
    }

    /** Three edits from a long word that found nothing: see withLongTypos in search.js. */
    private Map<TermEntry, String> longTypos(String term) {
        Map<TermEntry, String> near = new LinkedHashMap<>();
        if (!term.matches("[a-z]{" + LONG_TYPO + ",}")) {
            return near;
        }
        List<TermEntry> vocab = groups.getOrDefault(IndexWriter.groupOf(term), List.of());
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < vocab.size(); i++) {
            String other = vocab.get(i).term();
            if (!other.equals(term) && other.length() >= LONG_TYPO && Math.abs(other.length() - term.length()) <= 3) {
                int d = distance(term, other);
                if (d <= 3) {
                    found.add(new int[] {i, d});
                }
            }
        }
        found.sort(Comparator.comparingInt((int[] x) -> x[1])
                .thenComparingInt(x -> -vocab.get(x[0]).postings().size()).thenComparingInt(x -> x[0]));
        found.stream().limit(FUZZY_LIMIT).forEach(x -> near.put(vocab.get(x[0]), "fuzzy2"));
        return near;
    }

    /** The rest a term, or one with a linking letter left off where the text writes the word's end: see withTails. */
    private boolean firstPart(TermEntry e, String rest, String end) {
        return indexed(Terms.term(rest)) || rest.matches(".*[se]") && rest.length() > SPLIT_MIN
                && indexed(Terms.term(rest.substring(0, rest.length() - 1))) && writtenEndsWith(e, end);
    }

    /** Some section the term is posted in writes it ending with {@code end} (writtenEndsWith in search.js). */
    private boolean writtenEndsWith(TermEntry e, String end) {
        return e.postings().stream().anyMatch(p -> {
            String[] info = sections.get(p.section());
            return Terms.words((info[1].isEmpty() ? info[3] + " " : "") + info[2] + " " + info[5]).stream()
                    .anyMatch(w -> Terms.term(w).equals(e.term()) && Terms.folded(w).endsWith(end));
        });
    }

    private boolean indexed(String term) {
        return !term.isEmpty() && model.terms().containsKey(term);
    }

    /** The query word as two, the longest first part an indexed term (a linking s or e left off or not), or as it is. */
    private List<String[]> split(String[] q) {
        String w = Folding.lower(q[0]);
        // Letters and a number typed together: see splitWord in search.js.
        java.util.regex.Matcher numbered = NUMBERED.matcher(w);
        if (numbered.matches()) {
            String name = Terms.term(numbered.group(1));
            return indexed(name) && IndexWriter.groupOf(name).equals(IndexWriter.groupOf(q[1]))
                    && indexed(Terms.term(numbered.group(2)))
                    ? List.of(unit(numbered.group(1)), unit(numbered.group(2))) : List.<String[]>of(q);
        }
        if (!w.matches("\\p{L}+") || w.length() < 2 * SPLIT_MIN) {
            return List.<String[]>of(q);
        }
        String group = IndexWriter.groupOf(q[1]);
        for (int i = w.length() - SPLIT_MIN; i >= SPLIT_MIN; i--) {
            String first = w.substring(0, i);
            String linked = first.matches(".*[se]") && i > SPLIT_MIN ? first.substring(0, i - 1) : null;
            for (String f : java.util.Arrays.asList(first, linked)) {
                if (f != null && indexed(Terms.term(f)) && IndexWriter.groupOf(Terms.term(f)).equals(group)
                        && indexed(Terms.term(w.substring(i)))) {
                    return List.of(unit(f), unit(w.substring(i)));
                }
            }
        }
        return List.<String[]>of(q);
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(\\p{L}{2,})(\\p{Nd}+)");

    private static String[] unit(String word) {
        return new String[] {word, Terms.term(word), Terms.spelling(word)};
    }

    private static int written(String type) {
        int at = WRITTEN_IN.indexOf(type);
        return at < 0 ? WRITTEN_IN.size() : at;
    }

    /** A heading or title that is the query's terms and nothing more (see namedBy in search.js). */
    static boolean namedBy(String text, List<String> wanted) {
        return phraseTerms(text, wanted).equals(wanted);
    }

    /** The text's terms, a letter with its dot not asked for skipped (see phraseTerms in search.js). */
    private static List<String> phraseTerms(String text, List<String> wanted) {
        return Terms.words(text).stream().map(w -> Terms.term(w).isEmpty() ? letterOf(w) : Terms.term(w))
                .filter(t -> !t.isEmpty() && (t.length() > 1 || t.matches("[0-9]") || wanted.contains(t))).toList();
    }

    /** Every query word in the text, in the order typed, however it matched (see inOrder in search.js). */
    static boolean inOrder(String text, List<List<String>> byWord) {
        List<String> ts = Terms.words(text).stream().map(Terms::term).toList();
        int at = -1;
        for (List<String> matched : byWord) {
            int next = -1;
            for (int j = at + 1; j < ts.size() && next < 0; j++) {
                String t = ts.get(j);
                if (!t.isEmpty() && matched.stream().anyMatch(m -> m.equals(t) || m.length() >= LightStemmer.MIN_STEM && t.contains(m))) {
                    next = j;
                }
            }
            if (next < 0) {
                return false;
            }
            at = next;
        }
        return true;
    }

    /** Query words joined by a dot or hyphen ("1.2"), dates left out: see joinedChunks in search.js. */
    static List<String> joinedChunks(String query) {
        return java.util.Arrays.stream(query.split("\\s+"))
                .map(c -> Folding.lower(c).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(c -> Terms.words(c).size() > 1 && dateWords(c).isEmpty()).toList();
    }

    /** The text writes the chunk as typed, no letter or digit right before or after it (writesJoined in search.js). */
    static boolean writesJoined(String text, String chunk) {
        String t = Folding.lower(text);
        for (int at = t.indexOf(chunk); at >= 0; at = t.indexOf(chunk, at + 1)) {
            boolean before = at > 0 && String.valueOf(t.charAt(at - 1)).matches("[\\p{L}\\p{N}]");
            int end = at + chunk.length();
            boolean after = end < t.length() && String.valueOf(t.charAt(end)).matches("[\\p{L}\\p{N}]");
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    /** A single letter, no term, still says which one beside a word ("hold C"): see letterOf in search.js. */
    private static String letterOf(String word) {
        return word.matches("\\p{L}") ? Folding.lower(word) : "";
    }

    /** The query's terms next to each other, in order, among the text's terms (see hasPhrase in search.js). */
    static boolean hasPhrase(String text, List<String> wanted) {
        return hasPhrase(text, wanted, Map.of());
    }

    /** dated: a date typed in digits is a phrase written out too (see hasPhrase in search.js). */
    static boolean hasPhrase(String text, List<String> wanted, Map<String, List<String>> dated) {
        List<String> ts = phraseTerms(text, wanted);
        for (int i = 0; i + wanted.size() <= ts.size(); i++) {
            int k = 0;
            while (k < wanted.size() && (ts.get(i + k).equals(wanted.get(k))
                    || dated.getOrDefault(wanted.get(k), List.of()).contains(ts.get(i + k)))) {
                k++;
            }
            if (k == wanted.size()) {
                return true;
            }
        }
        return false;
    }

    private static Map<TermEntry, String> candidates(String word, String term, int edits, List<TermEntry> vocab,
                                                     boolean abbreviation, boolean dotted) {
        Map<TermEntry, String> found = new LinkedHashMap<>();
        int at = lowerBound(vocab, term);
        boolean exact = at < vocab.size() && vocab.get(at).term().equals(term);
        if (exact) {
            found.put(vocab.get(at), "exact");
            if (abbreviation) {
                return found;
            }
        }
        // "Cogencys" for "Cogency", "keynote" for "Keynotes": see sVariant in search.js.
        String variant = sVariant(word);
        int atVariant = variant.isEmpty() || variant.equals(term) ? -1 : lowerBound(vocab, variant);
        int atOther = atVariant >= 0 && atVariant < vocab.size() && vocab.get(atVariant).term().equals(variant) ? atVariant : -1;
        if (atOther >= 0) {
            found.put(vocab.get(atOther), "exact");
        }
        // "målene" is indexed as "mål": see shortStems in search.js.
        boolean shortFound = false;
        for (String shortStem : exact ? List.<String>of() : Terms.shortStems(word)) {
            int atShort = lowerBound(vocab, shortStem);
            if (atShort < vocab.size() && vocab.get(atShort).term().equals(shortStem)) {
                found.put(vocab.get(atShort), "exact");
                shortFound = true;
                break;
            }
        }
        // "mangler" for "mangel": see syncopeForm in search.js.
        String syncope = !found.isEmpty() ? "" : syncopeForm(term);
        int atSyncope = syncope.isEmpty() ? -1 : lowerBound(vocab, syncope);
        boolean syncopeFound = atSyncope >= 0 && atSyncope < vocab.size() && vocab.get(atSyncope).term().equals(syncope);
        // A lesser kind, and no prefixes where the word is one typo from another term: see candidates in search.js.
        if (syncopeFound) {
            found.put(vocab.get(atSyncope), "folded");
        }
        if (!syncope.isEmpty() && near(term, 1, vocab).stream().anyMatch(x -> x[0] != atSyncope)) {
            syncope = "";
        }
        if ((term.length() >= PREFIX_MIN || dotted) && !term.matches("[0-9]+")) {
            List<Integer> prefixed = new ArrayList<>();
            for (int i = exact ? at + 1 : at; i < vocab.size() && vocab.get(i).term().startsWith(term); i++) {
                prefixed.add(i);
            }
            for (int i = syncopeFound ? atSyncope + 1 : atSyncope; !syncope.isEmpty() && i < vocab.size()
                    && vocab.get(i).term().startsWith(syncope); i++) {
                prefixed.add(i);
            }
            prefixed.sort(Comparator.comparingInt((Integer i) -> -vocab.get(i).postings().size())
                    .thenComparingInt(i -> i));
            prefixed.removeIf(i -> i == atOther);
            prefixed.stream().limit(PREFIX_LIMIT).forEach(i -> found.put(vocab.get(i), "prefix"));
        }
        if (edits > 0) {
            // A term near both forms keeps its nearer distance (see candidates in search.js).
            Map<Integer, Integer> nearest = new LinkedHashMap<>();
            near(term, edits, vocab).forEach(x -> nearest.merge(x[0], x[1], Math::min));
            // "kenote" for "Keynotes": a typo of the word with its final s, where the word itself finds nothing.
            if (!variant.isEmpty() && !variant.equals(term) && atOther < 0 && !exact && !shortFound) {
                near(variant, edits, vocab).forEach(x -> nearest.merge(x[0], x[1], Math::min));
            }
            nearest.forEach((i, d) -> found.putIfAbsent(vocab.get(i), d == 1 ? "fuzzy1" : "fuzzy2"));
        }
        // "kodex" for "kodeks": see candidates() in search.js.
        String ks = word.matches("(?s).*[xX].*") ? Terms.term(word.replace("x", "ks").replace("X", "KS")) : "";
        int at2 = ks.isEmpty() ? -1 : lowerBound(vocab, ks);
        if (!ks.isEmpty() && !ks.equals(term) && at2 < vocab.size() && vocab.get(at2).term().equals(ks)) {
            found.putIfAbsent(vocab.get(at2), "fuzzy1");
        }
        // "Juul" for "Juhl": see candidates() in search.js.
        if (found.isEmpty() && term.matches("[a-z]{" + SHORT_TYPO + ",}")) {
            List<int[]> near = new ArrayList<>();
            for (int i = 0; i < vocab.size(); i++) {
                String other = vocab.get(i).term();
                if (!other.equals(term) && other.length() >= SHORT_TYPO && Math.abs(other.length() - term.length()) <= 1
                        && distance(term, other) <= 1) {
                    near.add(new int[] {i});
                }
            }
            near.sort(Comparator.comparingInt((int[] x) -> -vocab.get(x[0]).postings().size()).thenComparingInt(x -> x[0]));
            near.stream().limit(FUZZY_LIMIT).forEach(x -> found.put(vocab.get(x[0]), "fuzzy1"));
        }
        return found;
    }

    private static int lowerBound(List<TermEntry> vocab, String term) {
        int lo = 0;
        int hi = vocab.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (vocab.get(mid).term().compareTo(term) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {tier, score, 1 when a title match, the field's weight}: see match() in search.js. */
    private static double[] match(String kind, String spelling, TermEntry entry, Posting p) {
        int tier = TIER.get(kind);
        double weight = WEIGHT.get(kind);
        if (kind.equals("exact")) {
            List<String> marks = entry.spellings().isEmpty() ? List.of("") : entry.spellings();
            int wanted = marks.indexOf(spelling);
            int mask = entry.spellings().size() > 1 ? p.spellings() : 1;
            if (wanted < 0 || (mask & (1 << wanted)) == 0) {
                tier = TIER.get("folded");
                weight = WEIGHT.get("folded");
            }
        }
        if (p.partOnly()) {
            tier = Math.min(tier, TIER.get("part"));
            weight *= PART_FACTOR;
        }
        return new double[] {tier, weight * fieldScore(p), p.inTitle() && tier >= TIER.get("part") && !kind.equals("tail") ? 1 : 0,
                kind.equals("tail") ? 0 : fieldWeight(p)};
    }

    private static double fieldScore(Posting p) {
        int count = Math.min(p.bodyCount(), 7);
        double body = count > 0 ? 1 + 0.5 * (1 - 1.0 / count) : 0;
        return fieldWeight(p) + body;
    }

    private static int fieldWeight(Posting p) {
        return p.inTitle() ? 8 : p.inHeading() ? 4 : 0;
    }

    /** Optimal string alignment distance: a swap of neighbours counts as one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
