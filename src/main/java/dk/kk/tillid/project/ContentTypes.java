package dk.kk.tillid.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The registry of content types and their header attributes, made from {@code jbake.properties} (where JBake
 * also finds each type's template): the bake's header checks, {@code new}, the templates' labels and the search
 * index all read it, so adding a type takes its entry there and one template.
 */
public final class ContentTypes {
    /** Header attributes every page may have, whatever its type (without the {@code jbake-} prefix). */
    public static final List<String> COMMON_ATTRIBUTES = List.of("type", "status", "date", "tags", "order", "listing", "search", "menu", "description", "gamle-adresser");

    private final List<ContentType> types;

    public ContentTypes(List<ContentType> types) {
        this.types = List.copyOf(types);
    }

    /** Every type, in the order jbake.properties lists them: the order readers and editors are offered them. */
    public List<ContentType> all() {
        return types;
    }

    public Optional<ContentType> named(String name) {
        return types.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** The types editors create pages of with {@code new}: those with a folder. */
    public List<ContentType> creatable() {
        return types.stream().filter(type -> type.folder() != null).toList();
    }

    /** "report, annex, …" of the types {@code new} can create, for messages. */
    public String creatableNames() {
        return creatable().stream().map(ContentType::name).collect(Collectors.joining(", "));
    }

    /** Every header attribute some template reads; anything else with the prefix is most likely a typo. */
    public Set<String> knownAttributes() {
        Set<String> known = new LinkedHashSet<>(COMMON_ATTRIBUTES);
        types.forEach(type -> known.addAll(type.attributes()));
        return known;
    }

    /** The label of a type, or its name for a type the registry does not know. */
    public String label(String name) {
        return named(name).map(ContentType::label).orElse(name);
    }

    /** Type name to label, in registry order: what the search index needs to show types to readers. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        types.forEach(type -> labels.put(type.name(), type.label()));
        return labels;
    }

    static List<String> list(Object setting) {
        List<String> values = new ArrayList<>();
        if (setting instanceof Iterable<?> many) {
            many.forEach(value -> values.add(value.toString().strip()));
        } else if (setting != null) {
            for (String value : setting.toString().split(",")) {
                values.add(value.strip());
            }
        }
        values.removeIf(String::isEmpty);
        return values;
    }
}
