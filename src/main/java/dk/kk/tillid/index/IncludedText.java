package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** Where a shared block is kept: its page and the first of that page's sections that has it. */
    private record Source(Page page, int section) {
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
        Map<String, Source> source = new HashMap<>();
        Comparator<Page> preferred = Comparator.comparingInt(IncludedText::rank).thenComparing(Page::path);
        for (Page page : pages) {
            for (int s = 0; s < page.sections().size(); s++) {
                for (String block : page.sections().get(s).body().split(BLOCK)) {
                    if (block.length() >= MIN_SHARED) {
                        Source here = new Source(page, s);
                        source.merge(key(block), here, (a, b) -> preferred.compare(a.page(), b.page()) <= 0 ? a : b);
                    }
                }
            }
        }
        // Per source page and section, the other pages' sections that show its text, by path.
        Map<Page, Map<Integer, Map<String, SectionText.Shown>>> shownElsewhere = new IdentityHashMap<>();
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            List<SectionText> sections = new ArrayList<>(page.sections().size());
            int blocks = 0;
            int[] lost = new int[0];
            for (SectionText section : page.sections()) {
                List<String> kept = new ArrayList<>();
                for (String block : section.body().split(BLOCK)) {
                    Source at = block.length() < MIN_SHARED ? null : source.get(key(block));
                    blocks++;
                    if (at == null || at.page() == page) {
                        kept.add(block);
                    } else {
                        lost = java.util.Arrays.copyOf(lost, lost.length + 1);
                        lost[lost.length - 1] = blocks - 1;
                        shownElsewhere.computeIfAbsent(at.page(), p -> new TreeMap<>())
                                .computeIfAbsent(at.section(), s -> new LinkedHashMap<>())
                                .putIfAbsent(page.path(), new SectionText.Shown(page.path(), page.title(), section.anchor()));
                    }
                }
                sections.add(new SectionText(section.anchor(), section.heading(), String.join(" ", kept)));
            }
            out.add(page.withSections(sections));
            if (dropped != null) {
                dropped.add(lost);
            }
        }
        for (int p = 0; p < out.size(); p++) {
            Map<Integer, Map<String, SectionText.Shown>> shown = shownElsewhere.get(pages.get(p));
            if (shown != null) {
                out.set(p, withShown(out.get(p), shown));
            }
        }
        return out;
    }

    private static Page withShown(Page page, Map<Integer, Map<String, SectionText.Shown>> shown) {
        List<SectionText> sections = new ArrayList<>(page.sections());
        shown.forEach((s, where) -> {
            SectionText section = sections.get(s);
            List<SectionText.Shown> places = where.values().stream()
                    .sorted(Comparator.comparing(SectionText.Shown::path)).toList();
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
