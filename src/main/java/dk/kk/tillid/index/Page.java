package dk.kk.tillid.index;

import java.util.List;

/**
 * One indexed page; {@code path} is relative to the site root with '/' separators, {@code type} its content
 * type as the page says (body[data-content-type]), {@code description} the page's own description ("" when
 * it has none: the site's shared one says nothing of the page).
 */
record Page(String path, String title, String type, String description, List<SectionText> sections) {

    Page withSections(List<SectionText> replaced) {
        return new Page(path, title, type, description, List.copyOf(replaced));
    }
}
