package dk.kk.tillid.index;

/**
 * The searchable text of one section. The page's own entry (text before the first h2) has an empty
 * anchor and heading, and carries the page title.
 */
record SectionText(String anchor, String heading, String body) {
}
