package dk.kk.tillid.bake;

import dk.kk.tillid.project.PublicAddress;
import dk.kk.tillid.cache.ConversionCache;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.files.FileWalk;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.project.ContentType;
import dk.kk.tillid.project.ContentTypes;
import dk.kk.tillid.project.Project;

import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.util.HtmlUtil;
import org.apache.commons.lang3.LocaleUtils;
import org.jbake.parser.Engines;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private final ConversionCache cache;
    /** Where a build keeps what the next build starts from; null without the build cache. */
    private final StateFile lastBuild;
    /** What the last {@link #bake(Path, Path)} will keep, once its site is in place ({@link #keep}). */
    private KeptBuild pending;
    /** Whether the last bake ran JBake's crawl (for tests: the next build after a text edit does not). */
    private boolean crawled;
    /** Where a build tells why it does more than the last one left it to do; nowhere by default. */
    private Consumer<String> notices = line -> { };
    /** See {@link #whenChangedPagesOnly}; nothing by default. */
    private Runnable changedPagesOnly = () -> { };
    private Runnable everyPageAfterAll = () -> { };

    /** A baker that reuses the conversions kept in the project's build cache, and keeps its own there. */
    public SiteBaker(Path projectRoot) {
        this(projectRoot, true);
    }

    /** @param cached whether to use the build cache ({@code build --no-cache} does not) */
    public SiteBaker(Path projectRoot, boolean cached) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.cache = cached ? ConversionCache.of(this.projectRoot) : ConversionCache.off();
        this.lastBuild = cached ? StateFile.of(this.projectRoot, KeptBuild.FILE) : null;
    }

    /**
     * {@code changedPagesOnly} is told when a build's bake is to render only the changed pages, before it renders
     * them, so that the stages after it can read ahead meanwhile; {@code everyPageAfterAll} when it then renders
     * more after all (a changed page's header changed), so that they let go of it while it does.
     */
    public SiteBaker whenChangedPagesOnly(Runnable changedPagesOnly, Runnable everyPageAfterAll) {
        this.changedPagesOnly = changedPagesOnly;
        this.everyPageAfterAll = everyPageAfterAll;
        return this;
    }

    /** Tells {@code notices}, one Danish line each, why a build cannot build on the last one's record. */
    public SiteBaker withNotices(Consumer<String> notices) {
        this.notices = notices;
        return this;
    }

    /**
     * Another jar (a new version, a fresh clone's build, other libraries) has another fingerprint, and nothing
     * another tool kept may be used: slow once, never wrong, but an editor should know why.
     */
    static final String TOOL_CHANGED = "Bemærk: værktøjet er ændret siden sidste build (en anden udgave af tillid-site.jar"
            + " eller dets biblioteker), så byggecachen gælder ikke, og alle sider konverteres forfra. Næste build bruger den igen.";

    /** Bakes every page into {@code outputDir}, which must be new or empty: nothing of an earlier bake may linger. */
    public BakeResult bake(Path outputDir) throws BakeFailedException, IOException {
        Bake bake = new Bake(outputDir, false);
        return bake.all(bake.freshStore()).result();
    }

    /**
     * A build's bake into {@code outputDir} (new or empty) that will replace {@code site}: with the build cache,
     * when only pages' text changed since the build that made {@code site}, only the pages whose conversion
     * changed are rendered and the rest of the site is taken from {@code site}; otherwise every page is
     * rendered. Either way the site is the one a bake without the cache makes. Once the site is in place,
     * {@link #keep} records it for the next build.
     */
    public BakeResult bake(Path outputDir, Path site) throws BakeFailedException, IOException {
        pending = null;
        crawled = false;
        if (lastBuild == null) {
            return bake(outputDir);
        }
        if (!projectRoot.equals(HEAD_START.getAndSet(null))) {
            lastBuild.lastModified().ifPresent(recorded -> startAsciidoctorIfEdited(projectRoot, recorded));
        }
        // The settings load and the bake's inputs are walked beside the record, whose check reads the tool's jar.
        CompletableFuture<Project> settings = CompletableFuture.supplyAsync(() -> Project.at(projectRoot));
        CompletableFuture<SourceFiles> walked = settings.thenApplyAsync(project -> {
            try {
                return SourceFiles.stamps(projectRoot, project.bakeInputs());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // JBake's settings, the source tree's checks and the pages' dates (half a second at 10,000 pages) are read
        // meanwhile on a thread of their own: the common pool has one thread on two cores, busy with the walk.
        CompletableFuture<Bake> setUp = new CompletableFuture<>();
        Thread setting = new Thread(() -> {
            try {
                setUp.complete(new Bake(outputDir, false));
            } catch (BakeFailedException | IOException | RuntimeException | Error e) {
                setUp.completeExceptionally(e);
            }
        }, "bake-setup");
        setting.setDaemon(true);
        setting.start();
        Optional<KeptBuild> last = KeptBuild.load(lastBuild);
        if (last.isEmpty() && lastBuild.ofAnotherTool()) {
            notices.accept(TOOL_CHANGED);
        }
        Project project;
        SourceFiles files;
        try {
            project = settings.join();
            files = walked.join().withKnown(last.map(KeptBuild::sources).orElse(Map.of()));
        } catch (CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (last.isPresent()) {
            startAsciidoctorIfNeeded(last.get(), files, RelativePath.of(projectRoot, project.contentFolder()) + "/");
        }
        Bake bake = setUp(setUp);
        Map<String, String> inputs = KeptBuild.inputs(projectRoot, project, glossaryName(bake.config), site, files);
        bake.engine.knownHashes(files.hashes());
        // Whatever this bake does, the record describes the site being replaced until the new one is in place.
        Optional<KeptBuild> describing = last.filter(record -> record.describes(inputs, site));
        Optional<Preview> changedOnly = Optional.empty();
        if (describing.isPresent() && describing.get().sameHistory(bake.history)) {
            changedPagesOnly.run();
            changedOnly = bake.changedOnly(describing.get(), site, files);
            if (changedOnly.isEmpty()) {
                everyPageAfterAll.run();
            }
        }
        Preview done;
        Map<String, String> keys = new HashMap<>();
        Map<String, List<String>> reads = new HashMap<>();
        Map<String, List<Diagnostic>> warnings = new HashMap<>();
        if (changedOnly.isPresent()) {
            done = changedOnly.get();
            // Pages not converted are as the last build had them.
            keys.putAll(describing.get().keys());
            reads.putAll(describing.get().reads());
            warnings.putAll(describing.get().allWarnings());
        } else {
            bake.convertAll();
            done = describing.isPresent() ? bake.onTopOf(describing.get(), site) : bake.all(bake.freshStore());
        }
        // Each of these names every converted page afresh: asked once, not once per page (the square of the site).
        Map<String, String> converted = bake.engine.inputKeys();
        Map<String, List<Diagnostic>> warned = bake.engine.warnings();
        keys.putAll(converted);
        reads.putAll(bake.engine.reads());
        warnings.putAll(warned);
        Set<String> sources = bake.tree.pages().values().stream().map(this::name).collect(Collectors.toSet());
        keys.keySet().retainAll(sources);
        reads.keySet().retainAll(sources);
        warnings.keySet().retainAll(sources);
        // A page that has no list of what it read is converted every time, so has no key and no reads.
        bake.tree.pages().values().stream().map(this::name).filter(page -> !converted.containsKey(page)
                && warned.containsKey(page)).forEach(page -> {
            keys.remove(page);
            reads.remove(page);
        });
        pending = KeptBuild.of(inputs, bake.history, named(done.kept().headers()), keys, reads, warnings,
                files.known(bake.engine.hashes()));
        return done.result();
    }

    /** The project {@link #headStart} made the guess for, which its bake then need not make again. */
    private static final AtomicReference<Path> HEAD_START = new AtomicReference<>();

    /**
     * The same guess as a build's bake makes first ({@link #startAsciidoctorIfEdited}), made by the command line
     * before it has parsed its options and set up the pipeline (a third of a second of a next build, by which JRuby's
     * start then begins earlier). A guess only: the bake decides, and a project the guess got wrong costs CPU, not
     * a different site.
     */
    public static void headStart(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        HEAD_START.set(root);
        StateFile.of(root, KeptBuild.FILE).lastModified().ifPresent(recorded -> startAsciidoctorIfEdited(root, recorded));
    }

    private static Bake setUp(CompletableFuture<Bake> setUp) throws BakeFailedException, IOException {
        try {
            return setUp.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BakeFailedException failed) {
                throw failed;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /**
     * Starts JRuby on a thread of its own, now, when a page will surely be converted: one that read a file whose
     * content changed since the last build, or that is new, and whose cache entry does not hold. Everything
     * else the bake reads and checks meanwhile; when no page needs converting, JRuby is never started.
     */
    private void startAsciidoctorIfNeeded(KeptBuild last, SourceFiles files, String content) {
        List<String> pages = files.names().stream()
                .filter(file -> file.startsWith(content) && file.endsWith(SourceTree.SOURCE_EXTENSION)).toList();
        long convert = last.changedSources(pages, files).stream()
                .filter(page -> AsciidocEngine.mustConvert(cache, page, file -> files.names().contains(file) ? files.hash(file) : "-"))
                .limit(FEW_PAGES + 1).count();
        if (convert > 0) {
            Thread start = new Thread(() -> startAsciidoctor(convert <= FEW_PAGES), "asciidoctor-start");
            start.setDaemon(true);
            start.start();
        }
    }

    /**
     * Starts JRuby on a thread of its own before the last build's record and JBake's settings are read (a
     * second or more of a next build's start, which JRuby's start then overlaps), when a page of the content
     * folder was modified after the record was written: that page will most likely be converted. A guess
     * only, by modification time: a page touched but unchanged starts JRuby for nothing (CPU, the same site),
     * and a page edited while the last build ran is found by {@link #startAsciidoctorIfNeeded} instead.
     * Without JRuby's compiler only when few pages were modified, none is the glossary (which every page
     * reads) and the tool is older than the record; a changed include that many pages read then converts
     * them all without it (slower, the same site).
     */
    private static void startAsciidoctorIfEdited(Path projectRoot, long recorded) {
        Thread start = new Thread(() -> {
            try {
                // JBake's settings take a second to load (its configuration library); the two that the guess
                // needs are read as the plain properties they are, and a value JBake would interpolate means no guess.
                Properties settings = new Properties();
                Path file = projectRoot.resolve(Project.SETTINGS_FILE);
                if (Files.isRegularFile(file)) {
                    try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                        settings.load(in);
                    }
                }
                String folder = settings.getProperty("content.folder", "content").strip();
                String glossary = settings.getProperty("glossary.file", "").strip();
                if (folder.contains("${") || glossary.contains("${")) {
                    return;
                }
                Path content = projectRoot.resolve(folder);
                List<String> edited = new ArrayList<>();
                FileWalk.files(content, (name, path, attributes) -> {
                    if (name.endsWith(SourceTree.SOURCE_EXTENSION) && attributes.lastModifiedTime().toMillis() > recorded) {
                        edited.add(RelativePath.of(projectRoot, path));
                    }
                });
                if (!edited.isEmpty()) {
                    startAsciidoctor(edited.size() <= FEW_PAGES && !edited.contains(glossary) && !toolNewerThan(recorded));
                }
            } catch (IOException | RuntimeException e) {
                // No guess: the bake starts JRuby once it knows a page must be converted.
            }
        }, "asciidoctor-start");
        start.setDaemon(true);
        start.start();
    }

    /** Whether an entry of this JVM's class path (the tool's jar, its libraries) was modified after {@code millis}. */
    private static boolean toolNewerThan(long millis) {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        Path jar = entries.size() == 1 ? entries.get(0) : null;
        if (jar != null && jar.getParent() != null && Files.isDirectory(jar.getParent().resolve("lib"))) {
            entries.add(jar.getParent().resolve("lib"));
        }
        for (Path entry : entries) {
            try (Stream<Path> files = Files.isDirectory(entry) ? Files.list(entry) : Stream.of(entry)) {
                if (files.anyMatch(file -> modifiedAfter(file, millis))) {
                    return true;
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private static boolean modifiedAfter(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() > millis;
        } catch (IOException e) {
            return true;
        }
    }

    /** Up to this many pages to convert, JRuby's compiler costs more than it saves (see AsciidoctorRuntime#forFewPages). */
    private static final int FEW_PAGES = 8;

    /** A head start only: a failure here fails again where the bake needs Asciidoctor, and is reported there in Danish. */
    private static void startAsciidoctor(boolean fewPages) {
        try {
            if (fewPages) {
                AsciidoctorRuntime.forFewPages();
            }
            AsciidoctorRuntime.get();
        } catch (RuntimeException | Error e) {
            // Reported by the bake that needs it, not as a stack trace from this thread.
        }
    }

    boolean crawled() {
        return crawled;
    }

    /** Records the site of the last {@link #bake(Path, Path)}, now at {@code site}, for the next build. */
    public void keep(Path site) {
        if (pending != null) {
            pending.write(lastBuild, site);
            pending = null;
        }
    }

    private Map<String, Optional<Map<String, Object>>> named(Map<Path, Optional<Map<String, Object>>> headers) {
        Map<String, Optional<Map<String, Object>>> named = new HashMap<>();
        headers.forEach((source, header) -> named.put(name(source), header));
        return named;
    }

    /** A preview's bake of every page, drafts beside the site; what it returns keeps JBake's store open. */
    Preview bakeAll(Path outputDir) throws BakeFailedException, IOException {
        Bake bake = new Bake(outputDir, true);
        return bake.all(bake.freshStore());
    }

    /**
     * A preview's first bake, on top of the last build's {@code site} when that build's record still describes
     * it, as the next build starts: only the pages whose conversion changed and the drafts (which a build leaves
     * out) are rendered, the rest is the build's. Otherwise, or without the build cache, {@link #bakeAll}.
     */
    Preview bakeOnBuild(Path outputDir, Path site) throws BakeFailedException, IOException {
        return bakeOnBuild(outputDir, site, false);
    }

    /** @param withStore whether to fill JBake's store also when there is nothing to render, for the bakes after */
    Preview bakeOnBuild(Path outputDir, Path site, boolean withStore) throws BakeFailedException, IOException {
        Bake bake = new Bake(outputDir, true);
        if (lastBuild == null) {
            return bake.all(bake.freshStore());
        }
        CompletableFuture<Void> converted = bake.convertAll();
        Project project = Project.at(projectRoot);
        Optional<KeptBuild> loaded = KeptBuild.load(lastBuild);
        if (loaded.isEmpty() && lastBuild.ofAnotherTool()) {
            notices.accept(TOOL_CHANGED);
        }
        SourceFiles files = SourceFiles.walk(projectRoot, project.bakeInputs(),
                loaded.map(KeptBuild::sources).orElse(Map.of()));
        Map<String, String> inputs = KeptBuild.inputs(projectRoot, project, glossaryName(bake.config), site, files);
        Optional<KeptBuild> last = loaded.filter(record -> record.describes(inputs, site));
        if (last.isEmpty()) {
            return bake.all(bake.freshStore());
        }
        // Whether anything is to be rendered at all is known once every page is converted; JBake's store is
        // then started only when it is (a changed page's conversion, JRuby starting, no longer overlaps that).
        join(converted);
        Map<Path, Optional<Map<String, Object>>> headers = bake.engine.headers();
        Map<String, String> sources = new HashMap<>();
        bake.tree.pages().forEach((page, source) -> sources.put(page, name(source)));
        Optional<Set<String>> render = last.get().pagesToRender(bake.history, named(bake.published(headers)),
                bake.engine.inputKeys(), sources);
        if (!withStore && render.isPresent() && render.get().isEmpty() && bake.drafts(headers).isEmpty()) {
            return bake.asBuilt(site, headers);
        }
        return bake.onTopOf(last.get(), site);
    }

    /**
     * Carries out {@code plan} on top of the bake {@code kept} describes: converts the planned pages and, when
     * what other pages show of them (their headers, their dates from git) is unchanged, renders just those and
     * copies the rest from the served site. Otherwise every page's navigation may have changed: then every page
     * is rendered into a new store, and only the pages not converted yet are converted.
     */
    Preview bakeSome(Path outputDir, BakePlan plan, Kept kept) throws BakeFailedException, IOException {
        Bake bake = new Bake(outputDir, true);
        Map<String, Path> planned = new TreeMap<>(bake.tree.pages());
        planned.keySet().retainAll(plan.convert());
        CompletableFuture<Void> converted = bake.engine.convertAhead(planned.values());
        join(converted);
        Map<Path, Optional<Map<String, Object>>> headers = bake.engine.headers();
        if (!bake.history.equals(kept.history()) || !kept.sameHeaders(headers)) {
            return bake.all(bake.freshStore());
        }
        // Headers are unchanged, so are the pages made from all headers: the kept site's copies stay.
        SITE_WIDE_PAGES.forEach(page -> bake.config.setProperty(page, false));
        bake.config.setClearCache(false);
        copyTree(plan.keptSite(), outputDir, bake.tree.pages().keySet());
        Map<Path, Optional<Map<String, Object>>> all = new HashMap<>(kept.headers());
        all.putAll(headers);
        // Every other file is the one the kept store holds (the plan compared every input): JBake's crawl would
        // hash each of them and look it up in the store only to skip it, a third of a save's bake at 1000 pages.
        bake.render(kept.store(), all, plan.convert(),
                planned.size() == plan.convert().size() ? List.copyOf(planned.values()) : null);
        Set<String> readAgain = new HashSet<>();
        planned.values().forEach(source -> readAgain.add(name(source)));
        return bake.finish(kept.store(), all, plan.convert(), kept, readAgain);
    }

    /** One bake's settings, source tree and converter. */
    private final class Bake {
        final Path outputDir;
        final boolean preview;
        final Diagnostics diagnostics = new Diagnostics();
        final DefaultJBakeConfiguration config;
        final Path contentRoot;
        final SourceTree tree;
        final SourceHistory history;
        final AsciidocEngine engine;
        private CompletableFuture<Void> convertingAll;

        Bake(Path outputDir, boolean preview) throws BakeFailedException, IOException {
            this.outputDir = outputDir;
            this.preview = preview;
            config = configuration(outputDir);
            config.setClearCache(true);
            contentRoot = config.getContentFolder().toPath().toAbsolutePath().normalize();
            tree = new SourceTree(projectRoot, contentRoot, config.getTagPathName());
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
            history = SourceHistory.read(projectRoot, contentRoot);
            engine = new AsciidocEngine(projectRoot, contentRoot, new AsciidocEngine.Rules(types, withoutTemplate,
                    registry.knownAttributes(), config.getAsciidoctorAttributes(), glossaryName,
                    folderName(config.getTemplateFolder()), config.getTagPathName(), preview),
                    history, Glossary.read(glossary), cache, diagnostics);
        }

        RenderCache freshStore() {
            return new RenderCache(config.getDatabaseStore(), config.getDatabasePath(), preview);
        }

        /** Converts whatever is not converted yet and renders every page into {@code store}. */
        /** Starts converting every page, once; sources converted ahead already are not converted again. */
        CompletableFuture<Void> convertAll() {
            if (convertingAll == null) {
                convertingAll = engine.convertAhead(tree.pages().values());
            }
            return convertingAll;
        }

        Preview all(RenderCache store) throws BakeFailedException, IOException {
            CompletableFuture<Void> converted = convertAll();
            try {
                // On the main thread, where JBake will use it; meanwhile the first converter starts JRuby.
                store.startup();
                join(converted);
                return everyPage(store, engine.headers());
            } catch (BakeFailedException | IOException | RuntimeException e) {
                store.dispose();
                throw e;
            }
        }

        private Preview everyPage(RenderCache store, Map<Path, Optional<Map<String, Object>>> headers)
                throws BakeFailedException, IOException {
            render(store, headers, Set.of(), null);
            Redirects.write(projectRoot, contentRoot, outputDir, config, tree.pages(), headers.values(), diagnostics);
            cache.retainOnly(tree.pages().values().stream().map(SiteBaker.this::name).collect(Collectors.toSet()));
            return finish(store, headers, null, null, null);
        }

        /**
         * A build's bake on top of the site {@code last} describes, when no input but pages' text changed and
         * the dates from git are the same: only the pages that read a changed file are converted, and when
         * their headers are unchanged (so every page's navigation, listings, tag pages and sitemap are), only
         * they are rendered, without JBake's crawl or store: every other page's header, warnings and page are
         * the last build's. Empty when that is not so (a header changed, a conversion failed, a template
         * asked for what only JBake's store knows), with {@code outputDir} left empty for a bake of every page.
         */
        Optional<Preview> changedOnly(KeptBuild last, Path site, SourceFiles files) throws BakeFailedException, IOException {
            Map<String, Path> sources = new TreeMap<>();
            Map<String, String> outputs = new HashMap<>();
            tree.pages().forEach((page, source) -> {
                sources.put(name(source), source);
                outputs.put(name(source), page);
            });
            if (!sources.keySet().stream().allMatch(last::hasHeader)) {
                return Optional.empty();
            }
            Set<String> changed = last.changedSources(sources.keySet(), files);
            List<Path> convert = changed.stream().map(sources::get).toList();
            CompletableFuture<Void> converted = engine.convertAhead(convert);
            copyTree(site, outputDir, tree.pages().keySet());
            join(converted);
            Map<Path, Optional<Map<String, Object>>> now = engine.headers();
            if (diagnostics.errorCount() > 0 || convert.stream().anyMatch(p -> !now.get(p).equals(last.header(name(p))))) {
                emptyFolder(outputDir);
                return Optional.empty();
            }
            Map<Path, Optional<Map<String, Object>>> headers = new HashMap<>();
            sources.forEach((source, path) -> {
                headers.put(path, changed.contains(source) ? now.get(path) : last.header(source));
                if (!changed.contains(source)) {
                    diagnostics.addAll(last.warnings(source));
                }
            });
            describe(headers);
            List<DocumentModel> published = new ArrayList<>();
            headers.forEach((path, header) -> header.filter(h -> "published".equals(h.get("status"))).ifPresent(h -> {
                DocumentModel page = new DocumentModel();
                page.putAll(h);
                if (h.get("tags") instanceof List<?> tags) {
                    page.setTags(tags.stream().map(String::valueOf).toArray(String[]::new));
                }
                page.setUri(outputs.get(name(path)));
                published.add(page);
            }));
            config.setProperty("site.navigation", new SiteNavigation(() -> published));
            // As JBake's oven does before it renders.
            Locale.setDefault(config.getJvmLocale() != null ? LocaleUtils.toLocale(config.getJvmLocale()) : Locale.getDefault());
            // Never started: a template that asks JBake's store for more than the navigation fails, and then
            // every page is rendered the usual way.
            Renderer renderer = new Renderer(new ContentStore(config.getDatabaseStore(), config.getDatabasePath()), config);
            Set<String> rendered = new TreeSet<>();
            for (Path path : convert) {
                DocumentModel page = engine.parse(config, path.toFile());
                if (page == null) {
                    continue;
                }
                try {
                    renderer.render(crawled(page, outputs.get(name(path))));
                } catch (Exception e) {
                    emptyFolder(outputDir);
                    return Optional.empty();
                }
                rendered.add(outputs.get(name(path)));
            }
            return Optional.of(finish(null, headers, rendered, null, null));
        }

        /** The page as JBake's crawler and store hand it to the renderer (Crawler.addAdditionalDocumentAttributes). */
        private DocumentModel crawled(DocumentModel page, String uri) throws IOException {
            File source = new File(config.getContentFolder(), uri.substring(0, uri.length() - ".html".length())
                    + SourceTree.SOURCE_EXTENSION);
            page.setRootPath(FileUtil.getUriPathToContentRoot(config, source));
            try {
                page.setSha1(FileUtil.sha1(source));
            } catch (Exception e) {
                throw new IOException(e);
            }
            page.setFile(source.getPath());
            page.setSourceUri(uri);
            page.setUri(uri);
            page.setCached(true);
            if (config.getUriWithoutExtension()) {
                page.setNoExtensionUri(uri.replace("/index.html", "/"));
            }
            if (config.getImgPathUpdate()) {
                HtmlUtil.fixImageSourceUrls(page, config);
            }
            page.setRendered(true);
            page.setNextContent(null);
            page.setPreviousContent(null);
            return page;
        }

        /**
         * A build's bake on top of the site {@code last} describes: every page is converted (from the build
         * cache, but for what changed) and stored, as navigation and listings read every header; when no
         * header and no date changed, only the pages whose conversion changed are rendered, and everything
         * else, the tag pages, sitemap and redirects included, is the last site's. Otherwise every page is
         * rendered, as by {@link #all}.
         */
        Preview onTopOf(KeptBuild last, Path site) throws BakeFailedException, IOException {
            RenderCache store = freshStore();
            CompletableFuture<Void> converted = convertAll();
            try {
                store.startup();
                copyTree(site, outputDir, tree.pages().keySet());
                Map<String, String> sources = new HashMap<>();
                tree.pages().forEach((page, source) -> sources.put(page, name(source)));
                Map<Path, Optional<Map<String, Object>>> headers = new HashMap<>();
                Set<String> again = new HashSet<>();
                boolean[] everyPage = {false};
                // JBake's crawl stores every page while a changed page is still being converted (JRuby
                // starting); what to render is decided once the crawl is done and every conversion with it.
                runOven(store, Set.of(), () -> {
                    join(converted);
                    headers.putAll(engine.headers());
                    Set<String> drafts = drafts(headers);
                    Optional<Set<String>> pages = last.pagesToRender(history, named(published(headers)), engine.inputKeys(), sources);
                    describe(headers);
                    if (pages.isPresent()) {
                        again.addAll(pages.get());
                        // A preview shows the drafts, which the build left out of its site.
                        again.addAll(drafts);
                        SITE_WIDE_PAGES.forEach(page -> config.setProperty(page, false));
                        store.renderOnly(again);
                    } else {
                        everyPage[0] = true;
                        try {
                            emptyFolder(outputDir);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
                if (everyPage[0]) {
                    Redirects.write(projectRoot, contentRoot, outputDir, config, tree.pages(), headers.values(), diagnostics);
                    return finish(store, headers, null, null, null);
                }
                return finish(store, headers, again, null, null);
            } catch (java.io.UncheckedIOException e) {
                store.dispose();
                throw e.getCause();
            } catch (BakeFailedException | IOException | RuntimeException e) {
                store.dispose();
                throw e;
            }
        }

        /**
         * The build's {@code site} as it is, when no page is to be rendered: neither JBake's store nor its oven
         * is started, so the preview keeps no store, and its next bake starts from the build's site again.
         */
        Preview asBuilt(Path site, Map<Path, Optional<Map<String, Object>>> headers) throws BakeFailedException, IOException {
            describe(headers);
            failOnErrors(diagnostics);
            copyTree(site, outputDir, tree.pages().keySet());
            return new Preview(finish(null, headers, Set.of(), null, null).result(), null);
        }

        /** The headers as a build has them: a preview converts a draft for showing, a build leaves it out. */
        private Map<Path, Optional<Map<String, Object>>> published(Map<Path, Optional<Map<String, Object>>> headers) {
            Map<Path, Optional<Map<String, Object>>> published = new HashMap<>(headers);
            published.replaceAll((source, header) -> header.filter(h -> !isDraft(h)));
            return published;
        }

        /** The pages (output paths) whose source is a draft: none but in a preview, which converts them to show. */
        private Set<String> drafts(Map<Path, Optional<Map<String, Object>>> headers) {
            Set<String> drafts = new HashSet<>();
            tree.pages().forEach((page, source) -> {
                if (headers.getOrDefault(source.toAbsolutePath().normalize(), Optional.empty()).filter(SiteBaker::isDraft).isPresent()) {
                    drafts.add(page);
                }
            });
            return drafts;
        }

        /**
         * Renders the pages stored anew in {@code store}: all of a fresh store, or the {@code again} pages of a
         * kept one, whose own files JBake's crawler would otherwise skip as unchanged.
         */
        void render(RenderCache store, Map<Path, Optional<Map<String, Object>>> headers, Set<String> again,
                    List<Path> crawlOnly) throws BakeFailedException {
            describe(headers);
            runOven(store, again, crawlOnly, () -> { });
        }

        /** What the templates show of all pages' headers together, and the warnings about them. */
        private void describe(Map<Path, Optional<Map<String, Object>>> headers) {
            config.setProperty("site.taglabels", TagLabels.of(headers.values(), config.getTagPathName(), diagnostics));
            diagnostics.addAll(SourceWarnings.duplicateTitles(headers.values()));
        }

        /** JBake's bake into {@code store}; {@code afterCrawl} runs once every page is stored, before any is rendered. */
        private void runOven(RenderCache store, Set<String> again, Runnable afterCrawl) throws BakeFailedException {
            runOven(store, again, null, afterCrawl);
        }

        /** @param crawlOnly the only sources JBake's crawler visits; null: the whole content folder */
        private void runOven(RenderCache store, Set<String> again, List<Path> crawlOnly, Runnable afterCrawl)
                throws BakeFailedException {
            Engines.register("adoc", engine);
            crawled = true;
            store.bakeAgain(again);
            Oven oven = new Oven(utensils(config, store, crawlOnly, afterCrawl));
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                diagnostics.add(fromRenderError(config, error));
            }
            failOnErrors(diagnostics);
        }

        /**
         * The result, and what a preview keeps of it.
         *
         * @param rendered  the pages rendered in this bake; null when every page was
         * @param kept      the bake this one built on; null when it built on nothing
         * @param readAgain the sources converted in this bake, when it built on {@code kept}
         */
        Preview finish(RenderCache store, Map<Path, Optional<Map<String, Object>>> headers, Set<String> rendered,
                       Kept kept, Set<String> readAgain) throws IOException {
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
            if (preview) {
                warnings = mergedWarnings(warnings, kept, readAgain);
                draftPages = draftPages(outputDir, drafts.keySet(), kept);
            }
            Set<String> renderedPages = rendered != null ? rendered : preview ? tree.pages().keySet() : published.keySet();
            if (!preview) {
                renderedPages = new HashSet<>(renderedPages);
                renderedPages.retainAll(published.keySet());
            }
            BakeResult result = new BakeResult(outputDir, contentRoot, published, warnings, renderedPages.size(),
                    engine.converted(), drafts, draftPages);
            return new Preview(result, new Kept(store, headers, history, warnings, draftPages));
        }
    }

    /** A preview bake's result, and what the next bake of the same preview may build on (null: nothing). */
    record Preview(BakeResult result, Kept kept) {
    }

    /**
     * What a preview keeps from one bake to the next: JBake's store with every page in it, each page's header
     * (what other pages show of it), the dates from git, the warnings and the drafts. Made by each bake,
     * owned by {@link BakeSession}, which disposes of the store.
     */
    record Kept(RenderCache store, Map<Path, Optional<Map<String, Object>>> headers, SourceHistory history,
                List<Diagnostic> warnings, Map<String, byte[]> draftPages) {
        Kept {
            headers = Map.copyOf(headers);
            warnings = List.copyOf(warnings);
            draftPages = Map.copyOf(draftPages);
        }

        private boolean sameHeaders(Map<Path, Optional<Map<String, Object>>> converted) {
            return converted.entrySet().stream()
                    .allMatch(page -> page.getValue().equals(headers.getOrDefault(page.getKey(), Optional.empty())));
        }
    }

    private static boolean isDraft(Map<String, Object> header) {
        return "draft".equals(header.get("status"));
    }

    /** This bake's warnings, plus the earlier ones of files not read again. */
    private static List<Diagnostic> mergedWarnings(List<Diagnostic> found, Kept kept, Set<String> readAgain) {
        List<Diagnostic> all = new ArrayList<>(found);
        if (kept != null) {
            kept.warnings().stream().filter(w -> !readAgain.contains(w.file())).forEach(all::add);
        }
        // A draft is read again by JBake's crawler in every bake, so its warnings come twice.
        return all.stream().distinct().sorted(Diagnostics.ORDER).toList();
    }

    /**
     * Takes the drafts JBake rendered (as {@code x-draft.html}) out of the site, so that it stays the one a
     * one-off bake makes, and keeps them for the preview to serve at their own address; the drafts not
     * rendered again are those of {@code kept}.
     */
    private static Map<String, byte[]> draftPages(Path site, Set<String> drafts, Kept kept) throws IOException {
        Map<String, byte[]> pages = new TreeMap<>(kept == null ? Map.of() : kept.draftPages());
        pages.keySet().retainAll(drafts);
        for (String page : drafts) {
            Path draft = site.resolve(page.substring(0, page.length() - ".html".length()) + "-draft.html");
            if (Files.isRegularFile(draft)) {
                pages.put(page, Files.readAllBytes(draft));
                Files.delete(draft);
            }
        }
        return pages;
    }

    private static void join(CompletableFuture<Void> converted) {
        try {
            converted.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The glossary's path from the project root, as set in jbake.properties; null when there is none. */
    private static String glossaryName(DefaultJBakeConfiguration config) {
        Object setting = config.get("glossary.file");
        return setting == null || setting.toString().isBlank() ? null : setting.toString();
    }

    private String name(Path source) {
        return RelativePath.of(projectRoot, source.toAbsolutePath().normalize());
    }

    /** A folder of the project as editors know it, from the project root, e.g. {@code templates}. */
    private String folderName(java.io.File folder) {
        return name(folder.toPath());
    }

    /**
     * Copies what the bake made of the kept site (not the search index, which the index stage makes anew).
     * Pages are linked rather than copied, which is many times faster: JBake deletes a page before rendering
     * it again, so the kept site being served never changes under a reader. The rest JBake rewrites in place.
     */
    private static void copyTree(Path from, Path to, Set<String> pages) throws IOException {
        Files.createDirectories(to);
        FileWalk.walk(from, new FileWalk.Visitor() {
            @Override
            public void folder(String path, Path source) throws IOException {
                // Not even the empty folder: the index's writer moves or links the served one in where none is.
                if (!(path + "/").startsWith(SourceTree.SEARCH_INDEX_FOLDER)) {
                    Files.createDirectories(to.resolve(path));
                }
            }

            @Override
            public boolean enters(String path) {
                return !(path + "/").equals(SourceTree.SEARCH_INDEX_FOLDER);
            }

            @Override
            public void file(String path, Path source, BasicFileAttributes attributes) throws IOException {
                Path target = to.resolve(path);
                if (path.startsWith(SourceTree.SEARCH_INDEX_FOLDER)) {
                    return;
                }
                if (attributes.isDirectory()) {
                    Files.createDirectories(target);
                } else if (pages.contains(path)) {
                    try {
                        Files.createLink(target, source);
                    } catch (UnsupportedOperationException | IOException e) {
                        // A file system without hard links: a copy is the same, only slower.
                        Files.copy(source, target);
                    }
                } else {
                    Files.copy(source, target);
                }
            }
        });
    }

    /** Empties a bake's own output folder, keeping the folder. */
    private static void emptyFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> all = walk.sorted(java.util.Comparator.reverseOrder()).toList();
            for (Path path : all) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * JBake's crawl of one file (hash, look-up in the store, parse when new or changed), which it keeps private: JBake
     * offers no crawl of some files only. Without it (another JBake), the whole content folder is crawled.
     */
    private static final Optional<Method> CRAWL_FILE = crawlFileMethod();

    private static Optional<Method> crawlFileMethod() {
        try {
            Method method = Crawler.class.getDeclaredMethod("crawlFile", File.class);
            method.setAccessible(true);
            return Optional.of(method);
        } catch (NoSuchMethodException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** JBake's default utensils, but with a store of our own per bake (JBake's DBUtil shares one per JVM). */
    private static Utensils utensils(DefaultJBakeConfiguration config, RenderCache store, List<Path> crawlOnly,
                                     Runnable afterCrawl) {
        config.setProperty("site.navigation", new SiteNavigation(store));
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config) {
            @Override
            public void crawl() {
                Optional<Method> crawlFile = crawlOnly == null ? Optional.empty() : CRAWL_FILE;
                if (crawlFile.isEmpty()) {
                    super.crawl();
                } else {
                    for (Path source : new TreeSet<>(crawlOnly)) {
                        crawlOne(crawlFile.get(), source.toFile());
                    }
                }
                afterCrawl.run();
            }

            private void crawlOne(Method crawlFile, File source) {
                try {
                    crawlFile.invoke(this, source);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        });
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

    private Diagnostic fromRenderError(DefaultJBakeConfiguration config, Throwable error) {
        String templates = folderName(config.getTemplateFolder());
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        Matcher at = TEMPLATE_POSITION.matcher(text);
        if (at.find()) {
            return Diagnostic.error(templates + "/" + at.group(1), Integer.parseInt(at.group(2)),
                    "Fejl i skabelonen: " + freemarkerProblem(text.toString()),
                    "Ret skabelonen på den nævnte linje.");
        }
        return Diagnostic.error(templates, 0, "Siden kunne ikke dannes: " + firstLine(text.toString()), null);
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
