package dk.kk.tillid.scaffold;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The content types an editor creates pages of: the folder each lives in and the header attributes its template shows. */
public enum PageType {
    REPORT("report", "rapport",
            List.of("sagsnr", "dokumentnr", "sagsbehandler", "afsender", "adresse", "mobil", "email", "ean")),
    ANNEX("annex", "bilag", List.of()),
    PROGRAMME("programme", "programmer", List.of()),
    KEYNOTE("keynote", "keynotes", List.of("tid", "sted")),
    PAGE("page", "opslag", List.of());

    /** The value of {@code :jbake-type:}. */
    final String typeName;
    /** The folder under content/, which is also the page's section in the side navigation. */
    final String folder;
    /** Header attributes beyond the ones every page has, without the {@code jbake-} prefix. */
    final List<String> attributes;

    PageType(String typeName, String folder, List<String> attributes) {
        this.typeName = typeName;
        this.folder = folder;
        this.attributes = attributes;
    }

    public static Optional<PageType> named(String typeName) {
        return Arrays.stream(values()).filter(t -> t.typeName.equals(typeName)).findFirst();
    }

    /** "report, annex, …", for messages. */
    public static String names() {
        return Arrays.stream(values()).map(t -> t.typeName).collect(Collectors.joining(", "));
    }
}
