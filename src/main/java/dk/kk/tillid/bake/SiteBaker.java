package dk.kk.tillid.bake;

import dk.kk.tillid.project.PublicAddress;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.project.ContentType;
import dk.kk.tillid.project.ContentTypes;
import dk.kk.tillid.project.Project;

import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.parser.Engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bake stage: AsciiDoc in {@code content/} through JBake's oven and the Freemarker templates into a folder.
 * JBake is used as it ships; what it lets through (bad headers, Asciidoctor warnings, unsafe includes, drafts)
 * is caught by our own markup engine and source-tree checks.
 */
public final class SiteBaker {
    /** Settings of the pages JBake makes from every page's header: tag pages, the tag index, the sitemap, 404. */
    private static final List<String> SITE_WIDE_PAGES =
            List.of("render.tags", "render.tagsindex", "render.sitemap", "render.error404");
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
        return bake(outputDir, null, null).orElseThrow();
    }

    /**
     * @param kept       what a preview keeps from bake to bake, updated here; null for a one-off bake
     * @param stale      with {@code kept}: the pages to bake again on a copy of the kept bake's site; null bakes
     *                   everything
     * @return empty when the stale pages cannot be baked on their own: a header or the glossary changed, so
     *         other pages may have too
     */
    Optional<BakeResult> bake(Path outputDir, Kept kept, Stale stale) throws BakeFailedException, IOException {
        boolean incremental = kept != null && kept.store != null && stale != null;
        Diagnostics diagnostics = new Diagnostics();
        DefaultJBakeConfiguration config = configuration(outputDir);
        config.setClearCache(!incremental);
        if (incremental) {
            // Headers are unchanged, so are the pages made from all headers: the kept site's copies stay.
            SITE_WIDE_PAGES.forEach(page -> config.setProperty(page, false));
        }
        Path contentRoot = config.getContentFolder().toPath().toAbsolutePath().normalize();

        SourceTree tree = new SourceTree(projectRoot, contentRoot);
        tree.scan(diagnostics);
        tree.requireSearchPage(diagnostics);
        failOnErrors(diagnostics);

        String glossaryName = glossaryName(config);
        Path glossary = glossaryName == null ? null : projectRoot.resolve(glossaryName);

        ContentTypes registry = Project.contentTypes(config);
        Set<String> types = new HashSet<>();
        Set<String> withoutTemplate = new HashSet<>();
        for (ContentType type : registry.all()) {
            (config.getTemplateFileByDocType(type.name()).isFile() ? types : withoutTemplate).add(type.name());
        }
        SourceHistory history = SourceHistory.read(projectRoot, contentRoot);
        AsciidocEngine engine = new AsciidocEngine(projectRoot, contentRoot, types, withoutTemplate, registry.knownAttributes(),
                config.getAsciidoctorAttributes(), history, Glossary.read(glossary), glossaryName, diagnostics);
        if (kept != null) {
            engine.renderDrafts();
        }
        Map<String, Path> toConvert = new TreeMap<>(tree.pages());
        if (incremental) {
            toConvert.keySet().retainAll(stale.pages());
            // Every page marks the glossary's terms, and shows when git last saw it change.
            if (glossary != null && toConvert.containsValue(glossary.normalize()) || !history.equals(kept.history)) {
                return Optional.empty();
            }
        }
        CompletableFuture<Void> converted = engine.convertAhead(toConvert.values());
        RenderCache store;
        if (incremental) {
            store = kept.store;
        } else {
            store = new RenderCache(config.getDatabaseStore(), config.getDatabasePath(), kept != null);
            if (kept != null) {
                kept.replaceStore(store);
                kept.history = history;
            }
        }
        Oven oven;
        Map<Path, Optional<Map<String, Object>>> all;
        try {
            // On the main thread, where JBake will use it; meanwhile the first converter starts JRuby.
            store.startup();
            converted.join();
            Map<Path, Optional<Map<String, Object>>> headers = engine.headers();
            if (incremental && !kept.sameHeaders(headers)) {
                return Optional.empty();
            }
            if (incremental) {
                copyTree(stale.keptSite(), outputDir, tree.pages().keySet());
            }
            if (kept != null) {
                kept.headers.putAll(headers);
            }
            all = kept != null ? kept.headers : headers;
            config.setProperty("site.taglabels", TagLabels.of(all.values(), diagnostics));
            diagnostics.addAll(SourceWarnings.duplicateTitles(all.values()));
            Engines.register("adoc", engine);
            store.bakeAgain(incremental ? stale.pages() : Set.of());
            oven = new Oven(utensils(config, store));
        } catch (IOException e) {
            store.close();
            throw e;
        } catch (RuntimeException e) {
            store.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        oven.bake();
        for (Throwable error : oven.getErrors()) {
            diagnostics.add(fromRenderError(error));
        }
        if (!incremental) { // a quick bake has the headers and the copied redirects of the site it starts from
            Redirects.write(projectRoot, contentRoot, outputDir, config, tree.pages(), all.values(), diagnostics);
        }
        failOnErrors(diagnostics);

        Map<String, Path> published = new LinkedHashMap<>();
        Map<String, Path> drafts = new TreeMap<>();
        tree.pages().forEach((page, source) -> {
            if (Files.isRegularFile(outputDir.resolve(page))) {
                published.put(page, source);
            } else {
                drafts.put(page, source);
            }
        });
        List<Diagnostic> warnings = diagnostics.sorted();
        Map<String, byte[]> draftPages = Map.of();
        if (kept != null) {
            warnings = kept.warnings(warnings, incremental ? toConvert.values().stream().map(this::name).toList() : null);
            draftPages = kept.draftPages(outputDir, drafts.keySet(), incremental ? toConvert.keySet() : null);
        }
        return Optional.of(new BakeResult(outputDir, contentRoot, published, warnings, toConvert.size(), drafts, draftPages));
    }

    /** The glossary's path from the project root, as set in jbake.properties; null when there is none. */
    private static String glossaryName(DefaultJBakeConfiguration config) {
        Object setting = config.get("glossary.file");
        return setting == null || setting.toString().isBlank() ? null : setting.toString();
    }

    private String name(Path source) {
        return RelativePath.of(projectRoot, source.toAbsolutePath().normalize());
    }

    /**
     * @param pages    the pages (output paths) whose sources changed or include a changed file
     * @param keptSite the site of the kept bake, the one being served
     */
    record Stale(Set<String> pages, Path keptSite) {
    }

    /**
     * Copies what the bake made of the kept site (not the search index, which the index stage makes anew).
     * Pages are linked rather than copied, which is many times faster: JBake deletes a page before rendering
     * it again, so the kept site being served never changes under a reader. The rest JBake rewrites in place.
     */
    private static void copyTree(Path from, Path to, Set<String> pages) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                String path = RelativePath.of(from, source);
                Path target = to.resolve(path);
                if (path.startsWith(SourceTree.SEARCH_INDEX_FOLDER)) {
                    continue;
                }
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (pages.contains(path)) {
                    Files.createLink(target, source);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** What a preview keeps between bakes: JBake's store with every page in it, each page's header, the warnings. */
    static final class Kept {
        private RenderCache store;
        private final Map<Path, Optional<Map<String, Object>>> headers = new HashMap<>();
        private SourceHistory history;
        private List<Diagnostic> warnings = List.of();
        private Map<String, byte[]> draftPages = Map.of();

        private void replaceStore(RenderCache fresh) {
            dispose();
            store = fresh;
        }

        private boolean sameHeaders(Map<Path, Optional<Map<String, Object>>> converted) {
            return converted.entrySet().stream()
                    .allMatch(page -> page.getValue().equals(headers.getOrDefault(page.getKey(), Optional.empty())));
        }

        /** This bake's warnings, plus the earlier ones of files not read again (null: every file was read). */
        private List<Diagnostic> warnings(List<Diagnostic> found, List<String> readAgain) {
            List<Diagnostic> all = new ArrayList<>(found);
            if (readAgain != null) {
                warnings.stream().filter(w -> !readAgain.contains(w.file())).forEach(all::add);
            }
            // A draft is read again by JBake's crawler in every bake, so its warnings come twice.
            warnings = all.stream().distinct().sorted(Diagnostics.ORDER).toList();
            return warnings;
        }

        /**
         * Takes the drafts JBake rendered (as {@code x-draft.html}) out of the site, so that it stays the one a
         * one-off bake makes, and keeps them for the preview to serve at their own address.
         *
         * @param rendered the pages converted in this bake; null when every page was
         */
        private Map<String, byte[]> draftPages(Path site, Set<String> drafts, Set<String> rendered) throws IOException {
            Map<String, byte[]> pages = new TreeMap<>(draftPages);
            pages.keySet().retainAll(drafts);
            if (rendered == null) {
                pages.clear();
            }
            for (String page : drafts) {
                Path draft = site.resolve(page.substring(0, page.length() - ".html".length()) + "-draft.html");
                if (Files.isRegularFile(draft)) {
                    pages.put(page, Files.readAllBytes(draft));
                    Files.delete(draft);
                }
            }
            draftPages = Map.copyOf(pages);
            return draftPages;
        }

        void dispose() {
            if (store != null) {
                store.dispose();
                store = null;
            }
            headers.clear();
            history = null;
            warnings = List.of();
            draftPages = Map.of();
        }
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
        DefaultJBakeConfiguration config = Project.settings(projectRoot, outputDir);
        // JBake would copy every JVM property (user name, home folder) into each page's attributes.
        config.setProperty("asciidoctor.attributes.export", false);
        config.setProperty("db.store", "memory");
        config.setProperty("asset.version", AssetVersion.of(config.getAssetFolder().toPath()));
        String host = config.getSiteHost() == null ? "" : config.getSiteHost();
        Optional<String> sitePath = PublicAddress.path(host);
        if (sitePath.isEmpty()) {
            throw new BakeFailedException(List.of(Diagnostic.error("jbake.properties", lineOf(properties, PublicAddress.KEY + "="),
                    "site.host er ikke sitets offentlige adresse: '" + host + "'.",
                    "Skriv den adresse, sitet udgives på, med http:// eller https://, fx site.host=https://intranet.example/tillid/.")));
        }
        config.setProperty("site.path", sitePath.get());
        return config;
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        return 0;
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
