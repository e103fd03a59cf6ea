package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.bake.SiteBaker;
import dk.kk.tillid.pipeline.SitePipeline;
import dk.kk.tillid.publish.SiteDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's first bake starts from the site the last {@code build} left: after a build with nothing changed
 * it renders no page, after an edit only the edited page, and it renders the drafts a build leaves out. What it
 * serves (pages, reload script, drafts with their banner, the lists of linking pages, warnings) is what a
 * preview baking from nothing serves.
 */
class PreviewFromBuildIT {
    private static final String DRAFT = "content/opslag/kladde.adoc";
    private static final String LINKING = "content/henviser.adoc";
    /** The reload script names the bake the page comes from, which differs between any two bakes. */
    private static final java.util.regex.Pattern BUILD_ID = java.util.regex.Pattern.compile("data-build=\"[^\"]*\"");

    /** A generous wait for a bake that must come, not a time budget. */
    private static final java.time.Duration BAKE = java.time.Duration.ofSeconds(120);

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void afterABuildWithNothingChangedNoPageIsRendered() throws Exception {
        Path project = built("uaendret", false);
        Served reused = preview(project);
        assertTrue(reused.log.contains("(0 bagt igen)"), reused.log);
        assertEquals(fresh(project), reused);
    }

    @Test
    void theSavesAfterAnUnchangedStartRenderJustWhatTheyTouch() throws Exception {
        Path project = built("gemt", false);
        Served saved = preview(project, (site, events) -> {
            String first = events.next(BAKE).build();
            TestProjects.write(project, "content/side.adoc", TestProjects.page("Side", "Gemt i forhåndsvisningen."));
            String second = events.await(e -> e.isReloadOtherThan(first), BAKE).build();
            TestProjects.write(project, LINKING, TestProjects.page("Henvisning", "Læs xref:side.adoc[siden] igen."));
            events.await(e -> e.isReloadOtherThan(second), BAKE);
        });
        assertTrue(saved.pages.get("/side.html").contains("Gemt i forhåndsvisningen."), saved.pages.get("/side.html"));
        assertTrue(saved.pages.get("/henviser.html").contains("igen."), saved.pages.get("/henviser.html"));
        assertTrue(saved.log.contains("(0 bagt igen)") && saved.log.split("\\(1 bagt igen[,)]", -1).length == 3,
                "no page at the start, then each saved page alone: " + saved.log);
        assertEquals(fresh(project), saved);
    }

    @Test
    void aStoreFilledAsideBakesTheNextSaveAsABuildWould() throws Exception {
        Path project = built("forberedt", false);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreviewSite site = new PreviewSite(project, project.resolve("target/preview"), new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            site.rebuild(state -> { });
            site.prepare();
            TestProjects.write(project, "content/side.adoc", TestProjects.page("Side", "Efter forberedelsen."));
            site.rebuild(state -> { });
        } finally {
            site.close();
        }
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("(0 bagt igen)") && printed.contains("(1 bagt igen)"), printed);
        Map<String, byte[]> preview = TestProjects.files(project.resolve("target/preview"));
        deleteTree(project.resolve("target/site"));
        assertEquals(List.of(), TestProjects.bake(project));
        Map<String, byte[]> build = TestProjects.files(project.resolve("target/site"));
        build.keySet().removeIf(f -> f.startsWith("search/"));
        preview.keySet().removeIf(f -> f.startsWith("search/"));
        assertEquals(build.keySet(), preview.keySet());
        build.forEach((file, bytes) -> assertTrue(java.util.Arrays.equals(bytes, preview.get(file)), file));
        assertTrue(new String(preview.get("side.html"), StandardCharsets.UTF_8).contains("Efter forberedelsen."));
    }

    @Test
    void aPageEditedBetweenBuildAndServeIsTheOnlyOneRendered() throws Exception {
        Path project = built("rettet", true);
        TestProjects.write(project, "content/side.adoc", TestProjects.page("Side", "Rettet efter build."));
        Served reused = preview(project);
        assertTrue(reused.log.contains("(2 bagt igen, 1 konverteret)"), "the edited page and the draft: " + reused.log);
        assertTrue(reused.pages.get("/side.html").contains("Rettet efter build."), reused.pages.get("/side.html"));
        assertEquals(fresh(project), reused);
    }

    @Test
    void aDraftIsRenderedBesideTheBuildsSiteAndNeverIntoIt() throws Exception {
        Path project = built("kladde", true);
        Served reused = preview(project);
        assertTrue(reused.log.contains("(1 bagt igen, 0 konverteret)"), "only the draft: " + reused.log);
        String draft = reused.pages.get("/opslag/kladde.html");
        assertTrue(draft.startsWith("200 ") && draft.contains(">Halvfærdig</h1>") && draft.contains("data-draft=\"true\""),
                "the draft is shown with its banner: " + draft);
        assertFalse(reused.files.stream().anyMatch(file -> file.contains("kladde")), reused.files.toString());
        assertEquals(fresh(project), reused);
    }

    @Test
    void aPageDeletedBetweenBuildAndServeIsGone() throws Exception {
        Path project = built("slettet", true);
        Files.delete(project.resolve(LINKING));
        Served reused = preview(project);
        assertFalse(reused.log.contains("bagt igen"), "a file gone: every page, as its links may have changed: " + reused.log);
        assertFalse(reused.files.contains("henviser.html"));
        assertTrue(reused.pages.get("/side.html").contains("Ingen andre sider linker hertil."), reused.pages.get("/side.html"));
        assertEquals(fresh(project), reused);
    }

    /** A small project with a page that links to another, and perhaps a draft, built as an editor does. */
    private Path built(String name, boolean withDraft) throws Exception {
        Path project = TestProjects.small(dir.resolve(name));
        TestProjects.write(project, "content/side.adoc", TestProjects.page("Side", "Første udgave."));
        TestProjects.write(project, LINKING, TestProjects.page("Henvisning", "Læs xref:side.adoc[siden]."));
        if (withDraft) {
            TestProjects.write(project, DRAFT, "= Halvfærdig\n:jbake-type: page\n:jbake-status: draft\n:jbake-date: 2013-02-13\n\nSagsnr. UDFYLD.\n");
        }
        build(project);
        assertTrue(Files.isRegularFile(project.resolve("target/site/side.html")));
        return project;
    }

    /** As {@code build} does: the pipeline with the build cache, the site put in place, the record kept. */
    private static void build(Path project) throws Exception {
        Path site = project.resolve("target/site");
        SiteBaker baker = new SiteBaker(project);
        Path staged = SiteDirectories.stagingFor(site);
        try {
            new SitePipeline(project, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    siteDir -> baker.bake(siteDir, site)).run(staged);
            SiteDirectories.replace(staged, site);
            baker.keep(site);
        } finally {
            SiteDirectories.deleteTree(staged);
        }
    }

    /** What a preview serves of every file of its site, the drafts and a missing page, and the warnings it shows. */
    private record Served(List<String> files, Map<String, String> pages, List<String> warnings, String log) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Served other && files.equals(other.files) && pages.equals(other.pages)
                    && warnings.equals(other.warnings);
        }

        @Override
        public int hashCode() {
            return pages.hashCode();
        }

        @Override
        public String toString() {
            return "files " + files + ", warnings " + warnings + ", pages " + pages.keySet();
        }
    }

    /** A preview started from nothing a build left: no last site, no build cache, no earlier preview. */
    private Served fresh(Path project) throws Exception {
        for (String left : List.of("target/site", "target/build-cache", "target/preview")) {
            deleteTree(project.resolve(left));
        }
        Served fresh = preview(project);
        assertFalse(fresh.log.contains("bagt igen"), fresh.log);
        return fresh;
    }

    /**
     * The site's files but the search index's, which is still being written after the last reload (its temporary
     * files come and go) and is not part of what is compared.
     */
    private static List<String> filesOutsideSearch(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(folder.resolve("search")) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(folder.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** What is done to a running preview before what it serves is taken. */
    private interface Edits {
        void make(URI site, EventStream events) throws Exception;
    }

    private Served preview(Path project) throws Exception {
        return preview(project, (site, events) -> { });
    }

    private Served preview(Path project, Edits edits) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer server = Previews.onLoopback(project, log)) {
            URI site = server.start();
            try (EventStream events = new EventStream(http, site)) {
                edits.make(site, events);
            }
            Path folder = project.resolve("target/preview");
            List<String> files = filesOutsideSearch(folder);
            Map<String, String> pages = new TreeMap<>();
            List<String> paths = new ArrayList<>();
            files.stream().filter(file -> file.endsWith(".html")).forEach(file -> paths.add("/" + file));
            paths.addAll(List.of("/opslag/kladde.html", "/findes-ikke.html", "/"));
            for (String path : paths) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(site.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                pages.put(path, response.statusCode() + " " + BUILD_ID.matcher(response.body()).replaceAll("data-build=\"\""));
            }
            List<String> warnings;
            try (EventStream events = new EventStream(http, site)) {
                warnings = List.of(events.next(BAKE).data().replaceAll("\"build\":\"[^\"]*\"", ""));
            }
            return new Served(files, pages, warnings, log.toString(StandardCharsets.UTF_8));
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
