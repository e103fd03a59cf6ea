package dk.kk.tillid.bake;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.check.CheckReport;
import dk.kk.tillid.check.LinkChecker;
import dk.kk.tillid.check.ScanCache;
import dk.kk.tillid.index.SearchIndexer;
import dk.kk.tillid.pipeline.SitePipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build with the cache equals a clean build, byte for byte, after any series of edits: a seeded random series
 * of every kind of edit (text, title, tags, order, an included region, the glossary, a template, a rename, a
 * deletion, a new page, a commit that changes the dates from git, a new heading, none), each followed by a cached
 * and a clean bake of the same sources, and the search index made of each (from the index's cache, and from
 * nothing). The cached bake is the next build's: a new baker on top of the site the last one
 * left, which renders only the pages whose conversion changed when nothing else did. The link check of that site,
 * with the kept link-check cache of the steps before, reports what a check without the cache reports of the clean
 * one, also when a heading's id changes or its page goes and comes back, which breaks and fixes links on pages
 * that did not change. Bounded by its steps; the seed makes a failure repeatable.
 */
class CacheByteIdentityIT {
    private static final long SEED = 20_261_130L;
    private static final int STEPS = 18;
    private static final String REPORT = "content/rapport/rapport.adoc";
    private static final String GLOSSARY = "content/opslag/ordliste.adoc";
    /** Linked at its heading's id from every other page of the series. */
    private static final String TARGET = "content/opslag/maal.adoc";

    private enum Edit { TEXT, TITLE, TAGS, ORDER, INCLUDE, GLOSSARY, TEMPLATE, RENAME, DELETE, ADD, COMMIT, NONE, ANCHOR, TARGET, HEADING }

    @TempDir
    Path dir;
    private Path project;
    private final List<String> pages = new ArrayList<>();
    private int made;
    private boolean git;

    @Test
    void everyStepBuildsTheSameWithAndWithoutTheCache() throws Exception {
        project = fixture();
        Random random = new Random(SEED);
        List<Edit> edits = new ArrayList<>(List.of(Edit.values()));
        while (edits.size() < STEPS) {
            edits.add(Edit.values()[random.nextInt(Edit.values().length)]);
        }
        Collections.shuffle(edits, random);

        new SiteBaker(project).bake(dir.resolve("warm"));
        Path cached = project.resolve("target/site");
        NextBuild.into(project, cached);
        int cachedConversions = 0;
        int cleanConversions = 0;
        int partial = 0;
        int resolvedLess = 0;
        Path linkCheck = dir.resolve("link-check.bin");
        for (int step = 0; step < edits.size(); step++) {
            Edit edit = edits.get(step);
            String what = "step " + step + " (" + edit + ")";
            apply(edit, random, step);
            Path clean = dir.resolve("clean-" + step);
            BakeResult withCache = NextBuild.into(project, cached);
            BakeResult without = new SiteBaker(project, false).bake(clean);
            // The index as the next build makes it, from its cache, against one made from nothing.
            new SearchIndexer(cached).withCache(project.resolve(SitePipeline.INDEX_CACHE)).run();
            new SearchIndexer(clean).run();
            assertEquals(without.warnings(), withCache.warnings(), what + ": the same warnings");
            assertSameSite(clean, cached, what);
            ScanCache kept = ScanCache.kept(linkCheck);
            // Served under /tillid/, as the fixture's 404 page links.
            CheckReport checked = new LinkChecker(cached).withScanCache(kept).withServedPath("/tillid/").run();
            CheckReport fresh = new LinkChecker(clean).withServedPath("/tillid/").run();
            assertEquals(fresh.findings(), checked.findings(), what + ": the same link check findings");
            assertEquals(fresh.referencesChecked(), checked.referencesChecked(), what + ": the same links checked");
            assertEquals(fresh.pagesChecked(), checked.pagesChecked(), what);
            resolvedLess += kept.resolvedInLastCheck() < fresh.pagesChecked() ? 1 : 0;
            boolean linked = Files.exists(project.resolve(TARGET)) && Files.readString(project.resolve(TARGET)).contains("== Formaal\n");
            assertEquals(linked, fresh.findings().stream().noneMatch(f -> f.value().contains("maal.html")),
                    what + ": the other pages' links to the heading work only while it has its id: " + fresh.findings());
            if (linked) {
                assertEquals(List.of(), fresh.findings(), what);
            }
            int all = without.pageSources().size();
            switch (edit) {
                case TEXT -> assertEquals(1, withCache.pagesRendered(), what + ": only the edited page rendered");
                case NONE -> assertEquals(0, withCache.pagesRendered(), what + ": nothing rendered");
                case TITLE, TAGS, ORDER, GLOSSARY, TEMPLATE, RENAME, DELETE, ADD ->
                        assertEquals(all, withCache.pagesRendered(), what + ": every page rendered");
                default -> assertTrue(withCache.pagesRendered() <= all, what);
            }
            partial += withCache.pagesRendered() < all ? 1 : 0;
            cachedConversions += withCache.pagesConverted();
            cleanConversions += without.pagesConverted();
        }
        assertTrue(cachedConversions < cleanConversions / 2,
                "the cached builds converted " + cachedConversions + " pages, the clean ones " + cleanConversions);
        assertTrue(partial >= 2, "steps built on the last site: " + partial);
        assertTrue(resolvedLess >= 2, "steps whose check kept some pages' resolved links: " + resolvedLess);
    }

    private static void assertSameSite(Path expected, Path actual, String what) throws IOException {
        var want = TestProjects.files(expected);
        var got = TestProjects.files(actual);
        assertEquals(want.keySet(), got.keySet(), what + ": the same files");
        List<String> different = want.keySet().stream()
                .filter(f -> !java.util.Arrays.equals(want.get(f), got.get(f))).toList();
        assertEquals(List.of(), different, what + ": the same bytes");
    }

    private Path fixture() throws Exception {
        Path root = TestProjects.small(dir.resolve("project"));
        write(REPORT, "= Rapport\n" + TestProjects.VALID_HEADER + ":jbake-tags: tillid\n\n"
                + "== Indledning\n\n// tag::kerne[]\nTillid er kernen i KK's ledelse.\n// end::kerne[]\n\n"
                + "== Anbefalinger\n\n// tag::anbefaling[]\nTBL anbefales i alle forløb.\n// end::anbefaling[]\n");
        write(GLOSSARY, "= Ordliste\n" + TestProjects.VALID_HEADER + "\n== Forkortelser\n\n"
                + "KK:: Københavns Kommune\nTBL:: tillidsbaseret ledelse\n");
        write(TARGET, "= Mål\n" + TestProjects.VALID_HEADER + "\n== Formaal\n\nHvad forløbet skal.\n");
        for (int i = 0; i < 5; i++) {
            addPage();
        }
        write(".gitignore", "target/\n");
        git = git(root, "init", "-q") && git(root, "add", "-A") && commit(root, 0);
        return root;
    }

    private void addPage() throws IOException {
        String name = "content/opslag/side-" + made + ".adoc";
        String tag = made % 2 == 0 ? "kerne" : "anbefaling";
        write(name, "= Side " + made + "\n" + TestProjects.VALID_HEADER + ":jbake-order: " + (10 * made) + "\n"
                + ":jbake-tags: " + (made % 3 == 0 ? "tillid, ledelse" : "ledelse") + "\n\n"
                + "Side " + made + " om TBL og KK. Se <<maal.adoc#_formaal,formålet>>.\n\n[.report-excerpt]\n.Fra rapporten\n____\ninclude::rapport/rapport.adoc[tag="
                + tag + "]\n____\n");
        pages.add(name);
        made++;
    }

    private void apply(Edit edit, Random random, int step) throws Exception {
        String page = pages.get(random.nextInt(pages.size()));
        switch (edit) {
            case TEXT -> replace(page, "om TBL", "om TBL (trin " + step + ")");
            case TITLE -> replace(page, "\n:jbake-type:", " ændret i trin " + step + "\n:jbake-type:");
            case TAGS -> replace(page, ":jbake-tags: ", ":jbake-tags: trin-" + step + ", ");
            case ORDER -> replace(page, ":jbake-order: ", ":jbake-order: 9" + step);
            case NONE -> {
            }
            case HEADING -> replace(page, "\n[.report-excerpt]", "\n== Trin " + step + "\n\nEt afsnit mere.\n\n[.report-excerpt]");
            case INCLUDE -> replace(REPORT, "// end::kerne[]", "Tilføjet i trin " + step + ".\n// end::kerne[]");
            case GLOSSARY -> replace(GLOSSARY, "TBL:: tillidsbaseret ledelse", "TBL:: tillidsbaseret ledelse (trin " + step + ")");
            case TEMPLATE -> replace("templates/lib/strings.ftl", "\"seeAlso\": \"Se også", "\"seeAlso\": \"Se også" + step);
            case RENAME -> {
                String renamed = page.replace(".adoc", "-" + step + ".adoc");
                Files.move(project.resolve(page), project.resolve(renamed));
                pages.set(pages.indexOf(page), renamed);
            }
            case DELETE -> {
                if (pages.size() > 2) {
                    Files.delete(project.resolve(page));
                    pages.remove(page);
                } else {
                    addPage();
                }
            }
            case ADD -> addPage();
            case ANCHOR -> {
                // The id the other pages link changes, or comes back: only this page is converted again.
                if (Files.exists(project.resolve(TARGET))) {
                    String text = Files.readString(project.resolve(TARGET));
                    write(TARGET, text.contains("== Formaal\n") ? text.replace("== Formaal\n", "== Formaal nu\n")
                            : text.replace("== Formaal nu\n", "== Formaal\n"));
                }
            }
            case TARGET -> {
                // The linked page goes, or a new one with its name fixes the links again.
                Path aside = dir.resolve("maal.adoc");
                if (Files.exists(project.resolve(TARGET))) {
                    Files.move(project.resolve(TARGET), aside);
                } else {
                    Files.move(aside, project.resolve(TARGET));
                }
            }
            case COMMIT -> {
                if (git) {
                    replace(page, "om TBL", "om TBL, som git ser den i trin " + step);
                    assertTrue(git(project, "add", "-A") && commit(project, step + 1), "git commit");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void write(String path, String text) throws IOException {
        TestProjects.write(project == null ? dir.resolve("project") : project, path, text);
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = project.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A commit on a fixed day per step: the dates from git change, and no clock is read. */
    private static boolean commit(Path root, int day) throws Exception {
        String date = String.format("2020-01-%02dT12:00:00Z", day + 1);
        return run(root, List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "commit", "-q", "-m", "trin " + day), date);
    }

    private static boolean git(Path root, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return run(root, command, "2020-01-01T12:00:00Z");
    }

    private static boolean run(Path root, List<String> command, String date) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date);
        builder.environment().put("GIT_COMMITTER_DATE", date);
        try {
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
