package dk.kk.tillid.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes text once, where it is written. Programme pages show regions of the report with
 * {@code include::}; the same paragraph would otherwise fill a result for every page that shows it.
 * A block of some length found on several pages is kept on one: a keynote page (whose programme the
 * annex of programmes and the programme pages show), then a report or annex page (where the text is
 * written), before any other, then the first in site order. Short blocks ("LUP 2" in a table cell) are
 * left alone, since pages may well share them by chance. Blocks are compared without the glossary
 * expansions PageReader adds, since a page expands only its own first use of an abbreviation.
 */
final class IncludedText {
    static final int MIN_SHARED = 60;
    private static final String BLOCK = String.valueOf(PageReader.BLOCK);
    /** The content types whose text other pages show, the most often shown first. */
    private static final List<String> WRITTEN_IN = List.of("keynote", "report", "annex");
    private static final java.util.regex.Pattern EXPANSION = java.util.regex.Pattern.compile(" \\([^()]*\\)");

    private IncludedText() {
    }

    /** The pages with each shared block kept only at its source, and every body's blocks joined by spaces. */
    static List<Page> keepAtSource(List<Page> pages) {
        Map<String, Page> source = new HashMap<>();
        Comparator<Page> preferred = Comparator.comparingInt(IncludedText::rank).thenComparing(Page::path);
        for (Page page : pages) {
            for (SectionText section : page.sections()) {
                for (String block : section.body().split(BLOCK)) {
                    if (block.length() >= MIN_SHARED) {
                        source.merge(key(block), page, (a, b) -> preferred.compare(a, b) <= 0 ? a : b);
                    }
                }
            }
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            List<SectionText> sections = new ArrayList<>(page.sections().size());
            for (SectionText section : page.sections()) {
                List<String> kept = new ArrayList<>();
                for (String block : section.body().split(BLOCK)) {
                    if (block.length() < MIN_SHARED || source.get(key(block)) == page) {
                        kept.add(block);
                    }
                }
                sections.add(new SectionText(section.anchor(), section.heading(), String.join(" ", kept)));
            }
            out.add(new Page(page.path(), page.title(), page.type(), List.copyOf(sections)));
        }
        return out;
    }

    private static int rank(Page page) {
        int at = WRITTEN_IN.indexOf(page.type());
        return at < 0 ? WRITTEN_IN.size() : at;
    }

    private static String key(String block) {
        return EXPANSION.matcher(block).replaceAll("");
    }
}
