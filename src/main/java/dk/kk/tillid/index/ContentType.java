package dk.kk.tillid.index;

import java.util.Arrays;

/** The kinds of page a reader can filter on; the attribute values come from body[data-content-type]. */
enum ContentType {
    REPORT("report"), ANNEX("annex"), PROGRAMME("programme"), KEYNOTE("keynote"), PAGE("page");

    final String attribute;

    ContentType(String attribute) {
        this.attribute = attribute;
    }

    /** Unknown or missing values count as an ordinary page rather than dropping the page from search. */
    static ContentType of(String attribute) {
        return Arrays.stream(values()).filter(t -> t.attribute.equals(attribute)).findFirst().orElse(PAGE);
    }
}
