package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Indexes text once, where it is written. Programme pages show regions of the report with
 * {@code include::}; the same paragraph would otherwise fill a result for every page that shows it.
 * A block of some length found on several pages is kept on one: a keynote page (whose programme the
 * annex of programmes and the programme pages show), then a report or annex page (where the text is
 * written), before any other, then the first in site order. The section it is kept in learns which
 * other pages show it, so a result can say "også på …". Short blocks ("LUP 2" in a table cell) are
 * left alone, since pages may well share them by chance. Blocks are compared without the glossary
 * expansions PageReader adds, since a page expands only its own first use of an abbreviation.
 */
final class IncludedText {
    static final int MIN_SHARED = 60;
    private static final String BLOCK = String.valueOf(PageReader.BLOCK);
    /** The content types whose text other pages show, the most often shown first. */
    private static final List<String> WRITTEN_IN = List.of("keynote", "report", "annex");

    private IncludedText() {
    }

    /** Where a shared block is kept: its page (by position) and the first of that page's sections that has it. */
    private record Source(int page, int section) {
    }

    /**
     * The blocks of a page long enough to be shared, each as its number across the page's blocks, its section and a
     * 128-bit hash of its {@link #key}; with {@code count}, every block of the page. A function of the page's text
     * alone, so the index's cache keeps it with the page and a later build compares blocks without the text.
     */
    record Blocks(int count, int[] number, int[] section, long[] hash) {
        boolean wellFormed(int sections) {
            int n = number.length;
            if (count < 0 || section.length != n || hash.length != 2 * n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (number[i] < 0 || number[i] >= count || section[i] < 0 || section[i] >= sections
                        || i > 0 && (number[i] <= number[i - 1] || section[i] < section[i - 1])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Which blocks a page left to the pages they are kept on, and which other pages show its sections' text. */
    record Shared(int[] dropped, Map<Integer, List<SectionText.Shown>> shown) {
    }

    /** The pages with each shared block kept only at its source, and every body's blocks joined by spaces. */
    static List<Page> keepAtSource(List<Page> pages) {
        return keepAtSource(pages, null);
    }

    /**
     * As {@link #keepAtSource(List)}, and fills {@code dropped} (when not null) with the blocks each page lost
     * to their source, counted across the page's sections: a page's words depend on its HTML and only these.
     */
    static List<Page> keepAtSource(List<Page> pages, List<int[]> dropped) {
        List<Shared> shared = share(pages, pages.stream().map(IncludedText::blocksOf).toList());
        List<Page> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            out.add(kept(pages.get(p), shared.get(p)));
            if (dropped != null) {
                dropped.add(shared.get(p).dropped());
            }
        }
        return out;
    }

    static Blocks blocksOf(Page page) {
        int count = 0;
        int[] number = new int[8];
        int[] section = new int[8];
        long[] hash = new long[16];
        int n = 0;
        for (int s = 0; s < page.sections().size(); s++) {
            for (String block : page.sections().get(s).body().split(BLOCK)) {
                if (block.length() >= MIN_SHARED) {
                    if (n == number.length) {
                        number = java.util.Arrays.copyOf(number, 2 * n);
                        section = java.util.Arrays.copyOf(section, 2 * n);
                        hash = java.util.Arrays.copyOf(hash, 4 * n);
                    }
                    byte[] utf8 = key(block).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    number[n] = count;
                    section[n] = s;
                    hash[2 * n] = XXHASH.hash(utf8, 0, utf8.length, 0x5449_4c4c_4944L);
                    hash[2 * n + 1] = XXHASH.hash(utf8, 0, utf8.length, 0x494e_4445_4b53L);
                    n++;
                }
                count++;
            }
        }
        return new Blocks(count, java.util.Arrays.copyOf(number, n), java.util.Arrays.copyOf(section, n),
                java.util.Arrays.copyOf(hash, 2 * n));
    }

    // Two seeds of a fast library hash: 128 bits, so two different blocks of a site share a hash with a chance of
    // about 2^-88 at a million blocks; the text itself is not kept, so a later build compares blocks without reading it.
    private static final net.jpountz.xxhash.XXHash64 XXHASH = net.jpountz.xxhash.XXHashFactory.fastestJavaInstance().hash64();

    private record Hash(long high, long low) {
        // By hand: a record's own hashCode and equals go through method handles the quick compiler runs slowly.
        @Override
        public int hashCode() {
            return Long.hashCode(high);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Hash that && high == that.high && low == that.low;
        }
    }

    /** From the pages' blocks alone, which blocks each page leaves to another and which pages show each section's text. */
    static List<Shared> share(List<Page> pages, List<Blocks> blocks) {
        Map<Hash, Source> source = new HashMap<>(2 * pages.size());
        Comparator<Integer> preferred = Comparator.<Integer>comparingInt(p -> rank(pages.get(p)))
                .thenComparing(p -> pages.get(p).path());
        for (int p = 0; p < pages.size(); p++) {
            Blocks of = blocks.get(p);
            for (int i = 0; i < of.number().length; i++) {
                Source here = new Source(p, of.section()[i]);
                source.merge(new Hash(of.hash()[2 * i], of.hash()[2 * i + 1]), here,
                        (a, b) -> a.page() == b.page() || preferred.compare(a.page(), b.page()) <= 0 ? a : b);
            }
        }
        // Per source page and section, the other pages' sections that show its text, by path.
        Map<Integer, Map<Integer, Map<String, SectionText.Shown>>> shownElsewhere = new HashMap<>();
        List<int[]> lost = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            Blocks of = blocks.get(p);
            int[] dropped = new int[of.number().length];
            int n = 0;
            for (int i = 0; i < of.number().length; i++) {
                Source at = source.get(new Hash(of.hash()[2 * i], of.hash()[2 * i + 1]));
                if (at.page() != p) {
                    dropped[n++] = of.number()[i];
                    SectionText section = page.sections().get(of.section()[i]);
                    shownElsewhere.computeIfAbsent(at.page(), x -> new TreeMap<>())
                            .computeIfAbsent(at.section(), s -> new LinkedHashMap<>())
                            .putIfAbsent(page.path(), new SectionText.Shown(page.path(), page.title(), section.anchor()));
                }
            }
            lost.add(java.util.Arrays.copyOf(dropped, n));
        }
        List<Shared> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            Map<Integer, List<SectionText.Shown>> shown = new TreeMap<>();
            shownElsewhere.getOrDefault(p, Map.of()).forEach((s, where) -> shown.put(s,
                    where.values().stream().sorted(Comparator.comparing(SectionText.Shown::path)).toList()));
            out.add(new Shared(lost.get(p), shown));
        }
        return out;
    }

    /** The page with its dropped blocks left out, every body's blocks joined by spaces, and where its text is shown. */
    static Page kept(Page page, Shared shared) {
        List<SectionText> sections = new ArrayList<>(page.sections().size());
        int blocks = 0;
        int next = 0;
        int[] dropped = shared.dropped();
        for (int s = 0; s < page.sections().size(); s++) {
            SectionText section = page.sections().get(s);
            List<String> kept = new ArrayList<>();
            for (String block : section.body().split(BLOCK)) {
                if (next < dropped.length && dropped[next] == blocks) {
                    next++;
                } else {
                    kept.add(block);
                }
                blocks++;
            }
            sections.add(new SectionText(section.anchor(), section.heading(), String.join(" ", kept),
                    shared.shown().getOrDefault(s, List.of())));
        }
        return page.withSections(sections);
    }

    /**
     * The page with where its text is shown, its bodies as read: for a page whose words and f-file's data are
     * taken from the cache, the joined text is never looked at, and making it was most of a next build's index.
     */
    static Page placedOnly(Page page, Shared shared) {
        if (shared.shown().isEmpty()) {
            return page;
        }
        List<SectionText> sections = new ArrayList<>(page.sections());
        shared.shown().forEach((s, places) -> {
            SectionText section = sections.get(s);
            sections.set(s, new SectionText(section.anchor(), section.heading(), section.body(), places));
        });
        return page.withSections(sections);
    }

    private static int rank(Page page) {
        int at = WRITTEN_IN.indexOf(page.type());
        return at < 0 ? WRITTEN_IN.size() : at;
    }

    /** The block without the glossary expansions PageReader adds: every " (…)" with no parenthesis inside. */
    static String key(String block) {
        // Most blocks expand nothing; scanning for " (" first spares the work on them (a next build's index
        // spent a quarter of its time here). By hand rather than with the regex " \\([^()]*\\)": every build keys every
        // block of the site, and the regex's replaceAll was still a tenth of the index stage.
        int at = block.indexOf(" (");
        if (at < 0) {
            return block;
        }
        StringBuilder kept = new StringBuilder(block.length());
        int copied = 0;
        while (at >= 0) {
            int end = at + 2;
            while (end < block.length() && block.charAt(end) != '(' && block.charAt(end) != ')') {
                end++;
            }
            if (end < block.length() && block.charAt(end) == ')') {
                kept.append(block, copied, at);
                copied = end + 1;
                at = block.indexOf(" (", copied);
            } else {
                at = block.indexOf(" (", at + 1);
            }
        }
        return kept.append(block, copied, block.length()).toString();
    }
}
