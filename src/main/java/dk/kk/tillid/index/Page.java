package dk.kk.tillid.index;

import java.util.List;

/** One indexed page; {@code path} is relative to the site root with '/' separators. */
record Page(String path, String title, ContentType type, List<SectionText> sections) {
}
