package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Each tag address with the words editors wrote for it, for the tag pages and the list of all tags, which
 * JBake renders from the address alone. Two spellings of one address on different pages are an error: the
 * tag page could show only one of them.
 */
final class TagLabels {
    private TagLabels() {
    }

    /** Address to label over every published page's header; a clash is added to {@code diagnostics}. */
    /** @param tagFolder the folder of the tag pages in the site, {@code tag.path} in jbake.properties */
    static Map<String, String> of(Collection<Optional<Map<String, Object>>> headers, String tagFolder,
                                  Diagnostics diagnostics) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, String> where = new TreeMap<>();
        headers.stream().flatMap(Optional::stream).filter(header -> "published".equals(header.get("status")))
                .sorted(java.util.Comparator.comparing(h -> String.valueOf(h.get("sourcepath"))))
                .forEach(header -> {
                    List<?> tags = (List<?>) header.get("tags");
                    List<?> written = (List<?>) header.get("taglabels");
                    if (tags == null || written == null) {
                        return;
                    }
                    String file = String.valueOf(header.get("sourcepath"));
                    int line = header.get("tagsline") instanceof Number n ? n.intValue() : 0;
                    for (int i = 0; i < tags.size(); i++) {
                        String tag = tags.get(i).toString();
                        String label = written.get(i).toString();
                        String earlier = labels.putIfAbsent(tag, label);
                        if (earlier == null) {
                            where.put(tag, file + ":" + line);
                        } else if (!earlier.equals(label)) {
                            diagnostics.add(Diagnostic.error(file, line, "Emnet '" + label + "' får samme adresse, " + tagFolder + "/"
                                            + tag + ".html, som emnet '" + earlier + "' i " + where.get(tag) + ".",
                                    "Skriv emnet ens på begge sider, fx '" + earlier + "'."));
                        }
                    }
                });
        return labels;
    }
}
