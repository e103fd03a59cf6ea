package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private static final Pattern EXPANSION = Pattern.compile(" \\([^()]*\\)");

    private IncludedText() {
    }

    /** Where a shared block is kept: its page and the first of that page's sections that has it. */
    private record Source(Page page, int section) {
    }

    /** The pages with each shared block kept only at its source, and every body's blocks joined by spaces. */
    static List<Page> keepAtSource(List<Page> pages) {
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
            for (SectionText section : page.sections()) {
                List<String> kept = new ArrayList<>();
                for (String block : section.body().split(BLOCK)) {
                    Source at = block.length() < MIN_SHARED ? null : source.get(key(block));
                    if (at == null || at.page() == page) {
                        kept.add(block);
                    } else {
                        shownElsewhere.computeIfAbsent(at.page(), p -> new TreeMap<>())
                                .computeIfAbsent(at.section(), s -> new LinkedHashMap<>())
                                .putIfAbsent(page.path(), new SectionText.Shown(page.path(), page.title(), section.anchor()));
                    }
                }
                sections.add(new SectionText(section.anchor(), section.heading(), String.join(" ", kept)));
            }
            out.add(page.withSections(sections));
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

    private static String key(String block) {
        // Most blocks expand nothing; scanning for " (" first spares the regex on them (a next build's index
        // spent a quarter of its time here).
        return block.indexOf(" (") < 0 ? block : EXPANSION.matcher(block).replaceAll("");
    }
}
