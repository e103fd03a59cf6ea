package dk.kk.tillid.index;

import java.util.List;
import java.util.SortedMap;

/**
 * The index before it is written out. Sections are numbered across the site in page order, so the
 * sections of one page are a run of numbers; postings refer to sections by that number.
 */
record IndexModel(List<Page> pages, SortedMap<String, TermEntry> terms) {

    int sectionCount() {
        return pages.stream().mapToInt(p -> p.sections().size()).sum();
    }
}
