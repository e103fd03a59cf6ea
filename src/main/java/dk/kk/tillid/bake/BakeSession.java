package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.files.Sha256;
import dk.kk.tillid.project.Project;
import dk.kk.tillid.source.IncludeResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Bakes one project again and again in the same JVM, as the preview does. After a kept bake, a save that only
 * changes the text of pages (no template, asset, setting or glossary, no file added or removed) is baked by a
 * {@link BakePlan}: convert and render just those pages and the pages that include them, keep the rest of the
 * served site. JBake's store is kept too, and its crawler skips every file it has seen with the same hash.
 * Anything else bakes in full. Either way the site is the one a one-off bake makes.
 */
public final class BakeSession implements AutoCloseable {
    private static final String SOURCE_EXTENSION = ".adoc";

    private final Path projectRoot;
    private final SiteBaker baker;
    /** What the last bake left to build on; null after a failed bake. Its store is this session's to dispose. */
    private SiteBaker.Kept kept;
    /** Project file to content hash, as of the last bake. */
    private Map<String, String> baked;
    /** Whether the last bake's site is the one being served, and so the one the next bake starts from. */
    private boolean lastKept;
    /** The site the last {@code build} left, which the first bake starts from when it is still current; or null. */
    private Path buildSite;
    /**
     * Each file's hash with the stamp it was read at, and a page's include lines by its hash: a save reads just the
     * files it changed, not every input (at 1000 pages, reading and hashing them all was a tenth of a save's work).
     */
    private final Map<String, Stamped> hashes = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<IncludeResolver.Include>> includesByHash = new java.util.concurrent.ConcurrentHashMap<>();
    /** How old a file must be for its stamp to stand for its content (a write within the clock's tick keeps it). */
    private static final long SETTLED_MS = 2000;

    private record Stamped(List<Object> stamp, String hash) {
    }

    public BakeSession(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.baker = new SiteBaker(this.projectRoot);
    }

    /** Tells {@code notices} why a bake cannot start from the last build's record (see {@link SiteBaker#withNotices}). */
    public BakeSession withNotices(java.util.function.Consumer<String> notices) {
        baker.withNotices(notices);
        return this;
    }

    /**
     * The first bake starts from the site a {@code build} left in {@code site}, when the build's record in the
     * build cache says it is still current but for pages' text: it renders only changed pages and drafts.
     */
    public BakeSession startingFrom(Path site) {
        this.buildSite = site.toAbsolutePath().normalize();
        return this;
    }

    /**
     * Bakes into {@code outputDir}, new or empty. {@code servedDir} is the site of the last bake that was
     * {@linkplain #keep() kept}; when only page text changed since, the unchanged pages are copied from it.
     */
    public BakeResult bake(Path outputDir, Path servedDir) throws BakeFailedException, IOException {
        Project project = Project.at(projectRoot);
        Map<String, String> now = fingerprints(project);
        Optional<BakePlan> plan = lastKept && kept != null && Files.isDirectory(servedDir)
                ? plan(project, baked, now, servedDir) : Optional.empty();
        baked = null;
        lastKept = false;
        try {
            SiteBaker.Preview preview = plan.isPresent() ? baker.bakeSome(outputDir, plan.get(), kept)
                    : kept == null && buildSite != null ? baker.bakeOnBuild(outputDir, buildSite)
                    : baker.bakeAll(outputDir);
            if (kept != null && (preview.kept() == null || kept.store() != preview.kept().store())) {
                kept.store().dispose();
            }
            kept = preview.kept();
            baked = now;
            return preview.result();
        } catch (BakeFailedException | IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * After a bake that started no JBake store (it took the build's site, nothing to render), fills one aside in
     * {@code scratch} (new or empty), so that the next save bakes just what it touched instead of starting JBake.
     * The store is kept only when no file the bake reads changed meanwhile; otherwise, or should it fail, the next
     * save bakes as if this had not been tried.
     */
    public void prepare(Path scratch) {
        if (kept != null || !lastKept || buildSite == null || baked == null) {
            return;
        }
        try {
            Project project = Project.at(projectRoot);
            if (!fingerprints(project).equals(baked)) {
                return;
            }
            SiteBaker.Kept filled = baker.bakeOnBuild(scratch, buildSite, true).kept();
            if (fingerprints(project).equals(baked)) {
                kept = filled;
                // The first save's plan would read every page's include lines (1000 files at 1000 pages): read aside now.
                includers(project, RelativePath.of(projectRoot, project.contentFolder()) + "/", baked);
            } else {
                filled.store().dispose();
            }
        } catch (BakeFailedException | IOException | RuntimeException e) {
            // Nothing kept: the next save starts from the build's site, as it would have.
        }
    }

    /** Starts Asciidoctor (JRuby) in this JVM on the calling thread, unless a bake already has. */
    public static void startConverter() {
        AsciidoctorRuntime.get();
    }

    /** The last bake's site is now the one served: the next bake may start from it. */
    public void keep() {
        lastKept = baked != null;
    }

    @Override
    public void close() {
        if (kept != null) {
            kept.store().dispose();
            kept = null;
        }
    }

    /**
     * The plan when only AsciiDoc page text changed: the changed pages with every page that includes a changed
     * file; empty when anything else changed. The glossary is a page, but every page marks its terms.
     */
    private Optional<BakePlan> plan(Project project, Map<String, String> before, Map<String, String> now, Path servedDir)
            throws IOException {
        String content = RelativePath.of(projectRoot, project.contentFolder()) + "/";
        if (!before.keySet().equals(now.keySet())) {
            return Optional.empty();
        }
        Optional<String> glossary = project.setting("glossary.file");
        Deque<String> changed = new ArrayDeque<>();
        for (Map.Entry<String, String> file : now.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) {
                if (!isPage(content, file.getKey()) || glossary.filter(file.getKey()::equals).isPresent()) {
                    return Optional.empty();
                }
                changed.add(file.getKey());
            }
        }
        Map<String, Set<String>> includedBy = includers(project, content, now);
        Set<String> stale = new TreeSet<>();
        while (!changed.isEmpty()) {
            String file = changed.pop();
            if (stale.add(file)) {
                changed.addAll(includedBy.getOrDefault(file, Set.of()));
                changed.addAll(includedBy.getOrDefault("*", Set.of()));
            }
        }
        Set<String> pages = new TreeSet<>();
        for (String file : stale) {
            String page = file.substring(content.length(), file.length() - SOURCE_EXTENSION.length());
            pages.add(page + ".html");
        }
        return Optional.of(new BakePlan(pages, servedDir));
    }

    private static boolean isPage(String content, String file) {
        return file.startsWith(content) && file.endsWith(SOURCE_EXTENSION);
    }

    /**
     * Included file to the files that include it. An AsciiDoc file's includes mean one file when it is baked as
     * a page and another when a page includes it ({@link IncludeResolver}), so both count. A file whose include
     * uses an attribute may include anything: it is listed under "*".
     */
    private Map<String, Set<String>> includers(Project project, String content, Map<String, String> files) throws IOException {
        IncludeResolver resolver = new IncludeResolver(project.contentFolder());
        Map<String, Set<String>> includedBy = new HashMap<>();
        includesByHash.keySet().retainAll(Set.copyOf(files.values()));
        for (Map.Entry<String, String> entry : files.entrySet()) {
            String file = entry.getKey();
            if (!isPage(content, file)) {
                continue;
            }
            Path path = projectRoot.resolve(file);
            List<IncludeResolver.Include> directives = includesByHash.get(entry.getValue());
            if (directives == null) {
                // Decoded leniently: a file that is not UTF-8 gets its own error, with its line, from the bake.
                byte[] bytes = Files.readAllBytes(path);
                directives = IncludeResolver.directives(new String(bytes, StandardCharsets.UTF_8).lines().toList());
                // Kept by the hash of the bytes read now only if that is still the file's (it may change meanwhile).
                if (entry.getValue().equals(HexFormat.of().formatHex(Sha256.of(bytes)))) {
                    includesByHash.put(entry.getValue(), directives);
                }
            }
            for (IncludeResolver.Include include : directives) {
                List<Optional<Path>> targets = List.of(resolver.fromPage(include.target()),
                        resolver.fromIncluded(path, include.target()));
                if (targets.get(0).isEmpty()) {
                    includedBy.computeIfAbsent("*", t -> new HashSet<>()).add(file);
                    continue;
                }
                for (Optional<Path> target : targets) {
                    String name = RelativePath.of(projectRoot, target.orElseThrow());
                    includedBy.computeIfAbsent(name, t -> new HashSet<>()).add(file);
                }
            }
        }
        return includedBy;
    }

    /** Every file a bake reads, by its path from the project root, with a hash of its content. */
    private Map<String, String> fingerprints(Project project) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (Path root : project.bakeInputs()) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    String name = RelativePath.of(projectRoot, file);
                    files.put(name, stampedHash(name, file));
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        hashes.keySet().retainAll(files.keySet());
        return files;
    }

    /** The file's hash, read again only when its stamp (identity, size, time) changed or was too recent to tell. */
    private String stampedHash(String name, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            List<Object> stamp = attributes.fileKey() == null ? null
                    : List.of(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            Stamped earlier = hashes.get(name);
            if (stamp != null && earlier != null && stamp.equals(earlier.stamp())) {
                return earlier.hash();
            }
            String hash = hash(file);
            if (stamp != null && attributes.lastModifiedTime().toMillis() < System.currentTimeMillis() - SETTLED_MS) {
                hashes.put(name, new Stamped(stamp, hash));
            } else {
                hashes.remove(name);
            }
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's content hash, for use inside a file walk. */
    static String hash(Path file) {
        try {
            return Sha256.hex(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
