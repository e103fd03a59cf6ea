package dk.kk.tillid.index;

import java.util.List;
import java.util.SortedMap;

/**
 * The index before it is written out. Sections are numbered across the site in page order, so the
 * sections of page {@code p} are a run starting at {@link #firstSection(int)}.
 */
record IndexModel(List<Page> pages, SortedMap<String, TermEntry> terms) {

    int sectionCount() {
        return pages.stream().mapToInt(p -> p.sections().size()).sum();
    }

    int firstSection(int page) {
        int first = 0;
        for (int p = 0; p < page; p++) {
            first += pages.get(p).sections().size();
        }
        return first;
    }
}
