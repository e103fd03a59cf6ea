package dk.kk.tillid.index;

/**
 * What {@link SearchIndexer#run()} indexed.
 *
 * @param pages    pages indexed (pages marked data-noindex are not counted)
 * @param sections search entries: one per h2/h3 plus one per page for the text before them
 * @param terms    distinct index terms
 * @param bytes    size of the files written to search/
 */
public record IndexReport(int pages, int sections, int terms, long bytes) {
}
