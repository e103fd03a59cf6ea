package dk.kk.tillid.index;

import java.util.List;

/**
 * The searchable text of one section. The page's own entry (text before the first h2) has an empty
 * anchor and heading, and carries the page title.
 *
 * @param alsoOn the other places that show text of this section with {@code include::}, in site order;
 *               their copies are not indexed (see {@link IncludedText})
 */
record SectionText(String anchor, String heading, String body, List<Shown> alsoOn) {

    SectionText(String anchor, String heading, String body) {
        this(anchor, heading, body, List.of());
    }

    /** A section of another page that shows this section's text: its page and the anchor of its section. */
    record Shown(String path, String title, String anchor) {
    }
}
