package dk.kk.tillid.index;

import java.util.List;

/**
 * One indexed page; {@code path} is relative to the site root with '/' separators, {@code type} its content
 * type as the page says (body[data-content-type]).
 */
record Page(String path, String title, String type, List<SectionText> sections) {
}
