package dk.kk.tillid.project;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A site project as {@code jbake.properties} lays it out: its folders, its settings and its content types,
 * read once, the way JBake reads them, for every tool that needs them (the bake, the preview's watcher,
 * {@code new}).
 */
public final class Project {
    /** The settings file, in the project's root. */
    public static final String SETTINGS_FILE = "jbake.properties";
    /** The folder of the site the index stage writes the search index into; no page may be baked there. */
    public static final String SEARCH_INDEX_FOLDER = "search";
    /** Renderers JBake registers for itself; every other template.X.file names a content type. */
    private static final Set<String> JBAKE_OWN_TYPES =
            Set.of("masterindex", "feed", "error404", "archive", "tag", "tagsindex", "sitemap");

    private final Path root;
    private final DefaultJBakeConfiguration settings;

    private Project(Path root, DefaultJBakeConfiguration settings) {
        this.root = root;
        this.settings = settings;
    }

    /** The project in {@code root}; without a settings file, JBake's defaults. */
    public static Project at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new Project(absolute, settings(absolute, absolute.resolve("target/site")));
    }

    /** JBake's settings of the project in {@code root}, baking into {@code output}. */
    public static DefaultJBakeConfiguration settings(Path root, Path output) {
        return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), output.toFile(), true);
    }

    public Path root() {
        return root;
    }

    public Path contentFolder() {
        return folder(settings.getContentFolder());
    }

    public Path templateFolder() {
        return folder(settings.getTemplateFolder());
    }

    public Path assetFolder() {
        return folder(settings.getAssetFolder());
    }

    /** Everything a bake reads: the content, template and asset folders and the settings file. */
    public List<Path> bakeInputs() {
        List<Path> inputs = new ArrayList<>(List.of(contentFolder(), templateFolder(), assetFolder()));
        inputs.add(root.resolve(SETTINGS_FILE));
        return inputs;
    }

    /** A setting of the site's own, blank values counting as unset. */
    public Optional<String> setting(String key) {
        Object value = settings.get(key);
        String text = value == null ? "" : value instanceof Iterable<?> many
                ? String.join(",", ContentTypes.list(many)) : value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public ContentTypes contentTypes() {
        return contentTypes(settings);
    }

    /** The content types that {@code settings} declares, in the order jbake.properties lists them. */
    public static ContentTypes contentTypes(JBakeConfiguration settings) {
        List<ContentType> types = new ArrayList<>();
        for (String name : settings.getDocumentTypes()) {
            if (JBAKE_OWN_TYPES.contains(name) || types.stream().anyMatch(type -> type.name().equals(name))) {
                continue;
            }
            Object label = settings.get("type." + name + ".label");
            Object folder = settings.get("type." + name + ".folder");
            types.add(new ContentType(name,
                    label == null || label.toString().isBlank() ? name : label.toString().strip(),
                    folder == null || folder.toString().isBlank() ? null : folder.toString().strip(),
                    ContentTypes.list(settings.get("type." + name + ".attributes"))));
        }
        return new ContentTypes(types);
    }

    private Path folder(File folder) {
        return folder.toPath().toAbsolutePath().normalize();
    }
}
