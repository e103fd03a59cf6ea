package dk.kk.tillid.bake;

import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bake stage: AsciiDoc in {@code content/} through JBake's oven and the Freemarker templates into a folder.
 * JBake is used as it ships; what it lets through (bad headers, Asciidoctor warnings, unsafe includes, drafts)
 * is caught by our own markup engine and source-tree checks.
 */
public final class SiteBaker {
    /** Renderers JBake registers for itself; every other template.X.file names a content type. */
    private static final Set<String> JBAKE_OWN_TYPES =
            Set.of("masterindex", "feed", "error404", "archive", "tag", "tagsindex", "sitemap");
    private static final Pattern TEMPLATE_POSITION =
            Pattern.compile("template \"([^\"]+)\"[^\\n]*?line (\\d+)");

    static {
        QuietLogging.install();
    }

    private final Path projectRoot;

    public SiteBaker(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /** Bakes into {@code outputDir}, which must be new or empty: nothing of an earlier bake may linger. */
    public BakeResult bake(Path outputDir) throws BakeFailedException, IOException {
        Diagnostics diagnostics = new Diagnostics();
        DefaultJBakeConfiguration config = configuration(outputDir);
        Path contentRoot = config.getContentFolder().toPath().toAbsolutePath().normalize();

        SourceTree tree = new SourceTree(projectRoot, contentRoot);
        tree.scan(diagnostics);
        tree.requireSearchPage(diagnostics);
        failOnErrors(diagnostics);

        Object glossarySetting = config.get("glossary.file");
        String glossaryName = glossarySetting == null ? null : glossarySetting.toString();
        Path glossary = glossaryName == null || glossaryName.isBlank() ? null : projectRoot.resolve(glossaryName);

        Set<String> types = new HashSet<>();
        Set<String> withoutTemplate = new HashSet<>();
        for (String type : config.getDocumentTypes()) {
            if (!JBAKE_OWN_TYPES.contains(type)) {
                (config.getTemplateFileByDocType(type).isFile() ? types : withoutTemplate).add(type);
            }
        }
        AsciidocEngine engine = new AsciidocEngine(projectRoot, contentRoot, types, withoutTemplate,
                config.getAsciidoctorAttributes(), SourceHistory.read(projectRoot), Glossary.read(glossary),
                glossaryName, diagnostics);
        CompletableFuture<Void> converted = engine.convertAhead(tree.pages().values());
        RenderCache store = new RenderCache(config.getDatabaseStore(), config.getDatabasePath());
        Oven oven;
        try {
            // On the main thread, where JBake will use it; meanwhile the first converter starts JRuby.
            store.startup();
            converted.join();
            Engines.register("adoc", engine);
            oven = new Oven(utensils(config, store));
        } catch (RuntimeException e) {
            store.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        oven.bake();
        for (Throwable error : oven.getErrors()) {
            diagnostics.add(fromRenderError(error));
        }
        failOnErrors(diagnostics);

        Map<String, Path> published = new LinkedHashMap<>();
        tree.pages().forEach((page, source) -> {
            if (Files.isRegularFile(outputDir.resolve(page))) {
                published.put(page, source);
            }
        });
        return new BakeResult(outputDir, published, diagnostics.sorted());
    }

    /** JBake's default utensils, but with a store of our own per bake (JBake's DBUtil shares one per JVM). */
    private static Utensils utensils(DefaultJBakeConfiguration config, RenderCache store) {
        config.setProperty("site.navigation", new SiteNavigation(store));
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        utensils.setAsset(new Asset(config));
        return utensils;
    }

    private DefaultJBakeConfiguration configuration(Path outputDir) throws IOException, BakeFailedException {
        Path properties = projectRoot.resolve("jbake.properties");
        if (!Files.isRegularFile(properties)) {
            throw new BakeFailedException(List.of(Diagnostic.error("jbake.properties", 0,
                    "Filen jbake.properties mangler i projektets rod.", "Hent den fra projektets repository.")));
        }
        Files.createDirectories(outputDir);
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectRoot.toFile(), outputDir.toFile(), true);
        // JBake would copy every JVM property (user name, home folder) into each page's attributes.
        config.setProperty("asciidoctor.attributes.export", false);
        config.setProperty("db.store", "memory");
        config.setProperty("asset.version", AssetVersion.of(config.getAssetFolder().toPath()));
        return config;
    }

    private Diagnostic fromRenderError(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        Matcher at = TEMPLATE_POSITION.matcher(text);
        if (at.find()) {
            return Diagnostic.error("templates/" + at.group(1), Integer.parseInt(at.group(2)),
                    "Fejl i skabelonen: " + freemarkerProblem(text.toString()),
                    "Ret skabelonen på den nævnte linje.");
        }
        return Diagnostic.error("templates", 0, "Siden kunne ikke dannes: " + firstLine(text.toString()), null);
    }

    /** Freemarker's own sentence, without JBake's wrapping and the Java class name. */
    private static String freemarkerProblem(String text) {
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            int exception = stripped.indexOf("Exception: ");
            if (exception > 0 && stripped.startsWith("freemarker.")) {
                return stripped.substring(exception + "Exception: ".length());
            }
        }
        int marker = text.indexOf("FreeMarker template error:");
        return marker >= 0 ? firstLine(text.substring(marker + "FreeMarker template error:".length())) : firstLine(text);
    }

    private static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private static void failOnErrors(Diagnostics diagnostics) throws BakeFailedException {
        if (diagnostics.errorCount() > 0) {
            throw new BakeFailedException(diagnostics.sorted());
        }
    }
}
