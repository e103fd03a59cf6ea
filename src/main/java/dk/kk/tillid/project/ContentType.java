package dk.kk.tillid.project;

import java.util.List;

/**
 * One kind of page, as {@code jbake.properties} declares it: {@code template.<name>.file} (JBake's, required),
 * and the site's own {@code type.<name>.label}, {@code type.<name>.folder} and {@code type.<name>.attributes}.
 *
 * @param name       the value of {@code :jbake-type:}
 * @param label      what readers see, on the page and in search; the name when none is set
 * @param folder     the folder under content/ that {@code new} puts such pages in; null when editors do not
 *                   create pages of this type
 * @param attributes header attributes its template shows, beyond the ones every page has, without {@code jbake-}
 */
public record ContentType(String name, String label, String folder, List<String> attributes) {
    public ContentType {
        attributes = List.copyOf(attributes);
    }
}
