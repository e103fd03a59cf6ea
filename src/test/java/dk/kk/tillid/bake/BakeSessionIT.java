package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview bakes again on every save, and after a change to page text only the pages it touches. Whatever
 * it skips, the site must be byte for byte the one a one-off bake of the same sources makes.
 */
class BakeSessionIT {
    private static final String REPORT = "content/rapport/tillidsdagsordenen-i-lederuddannelser.adoc";
    private static final String TIMELINE = "content/opslag/tidslinje.adoc";

    @TempDir
    static Path dir;
    static Path project;
    static BakeSession session;
    static Path served;
    static int bakes;

    @BeforeAll
    static void firstBake() throws Exception {
        project = TestProjects.copyOfTheRealSite(dir.resolve("project"));
        session = new BakeSession(project);
        served = dir.resolve("served");
        bakeAndServe();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** As the preview does: a fresh folder, which becomes the served site when the bake succeeds. */
    private static BakeResult bakeAndServe() throws Exception {
        Path staged = dir.resolve("staged-" + ++bakes);
        BakeResult result = session.bake(staged, served);
        served = staged;
        session.keep();
        return result;
    }

    private static void assertSameAsOneOffBake(String why) throws Exception {
        Path oneOff = dir.resolve("one-off-" + bakes);
        new SiteBaker(project).bake(oneOff);
        Map<String, byte[]> expected = TestProjects.files(oneOff);
        Map<String, byte[]> actual = TestProjects.files(served);
        assertEquals(expected.keySet(), actual.keySet(), why + ": the same files");
        List<String> different = new ArrayList<>();
        expected.forEach((file, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(file))) {
                different.add(file);
            }
        });
        assertEquals(List.of(), different, why + ": the same content");
    }

    private static void assertEveryPageBaked(BakeResult result) {
        assertTrue(result.pagesRendered() >= result.pageSources().size(), "every page rendered again");
    }

    private static void edit(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String page(String path) throws IOException {
        return Files.readString(served.resolve(path));
    }

    @Test
    void aChangedSentenceIsOnThePageAndTheSiteIsWhole() throws Exception {
        Files.writeString(project.resolve(TIMELINE), Files.readString(project.resolve(TIMELINE))
                + "\nEn sætning skrevet under forhåndsvisningen.\n");
        BakeResult result = bakeAndServe();
        assertEquals(1, result.pagesConverted(), "only the changed page is converted");
        assertEquals(1, result.pagesRendered(), "only the changed page is rendered: no other page shows its text");
        assertTrue(page("opslag/tidslinje.html").contains("En sætning skrevet under forhåndsvisningen."));
        assertSameAsOneOffBake("after a change to one page's text");
    }

    @Test
    void aChangeToTheReportReachesTheProgrammePagesThatIncludeIt() throws Exception {
        edit(REPORT, "// end::dil-valgmodul[]", "Et tilføjet afsnit om valgmodulet.\n// end::dil-valgmodul[]");
        int including;
        try (var programmes = Files.list(project.resolve("content/programmer"))) {
            including = (int) programmes
                    .filter(p -> read(p).contains("include::rapport/tillidsdagsordenen-i-lederuddannelser.adoc")).count();
        }
        assertTrue(including > 1);
        BakeResult result = bakeAndServe();
        assertEquals(1 + including, result.pagesConverted(), "the report and the pages that include it are converted");
        assertEquals(1 + including, result.pagesRendered(), "...and rendered, and no other page");
        assertTrue(page("programmer/dil-valgmodul-i-tillidsledelse.html").contains("Et tilføjet afsnit om valgmodulet."),
                "the including page shows the new text");
        assertSameAsOneOffBake("after a change to an included region");
    }

    @Test
    void aNewTitleReachesTheNavigationOfEveryOtherPage() throws Exception {
        edit(TIMELINE, "= Tidslinje", "= Tidslinje for arbejdet");
        BakeResult result = bakeAndServe();
        assertEveryPageBaked(result);
        assertEquals(1, result.pagesConverted(), "every other page's conversion is reused from the build cache");
        assertTrue(page("bilag/bilag-1-baggrundsmateriale.html").contains("Tidslinje for arbejdet"),
                "another section's side navigation");
        assertSameAsOneOffBake("after a title change");
    }

    @Test
    void aGlossaryChangeReachesEveryPage() throws Exception {
        edit("content/opslag/ordliste.adoc", "BNP:: bruttonationalprodukt", "BNP:: bruttonationalproduktet");
        assertEveryPageBaked(bakeAndServe());
        assertSameAsOneOffBake("after a glossary change");
    }

    @Test
    void aFailedBakeIsFollowedByAWholeOne() throws Exception {
        Path page = project.resolve(TIMELINE);
        String good = Files.readString(page);
        Files.writeString(page, good.replace(":jbake-status: published", ":jbake-status: udgivet"));
        Path staged = dir.resolve("staged-failed");
        BakeFailedException failed = assertThrows(BakeFailedException.class, () -> session.bake(staged, served));
        assertTrue(failed.diagnostics().stream().anyMatch(d -> d.message().contains("udgivet")));
        assertFalse(new TreeSet<>(TestProjects.files(served).keySet()).isEmpty(), "the served site is untouched");

        Files.writeString(page, good + "\nRettet igen.\n");
        bakeAndServe();
        assertTrue(page("opslag/tidslinje.html").contains("Rettet igen."));
        assertSameAsOneOffBake("after a failed bake and a fix");
    }

    @Test
    void aBakeThatWasNotServedIsNotBuiltOn() throws Exception {
        // Baked, but its site thrown away (say its links failed the check): the served site lacks this text.
        Files.writeString(project.resolve(TIMELINE), Files.readString(project.resolve(TIMELINE))
                + "\nEn kladde, der aldrig blev vist.\n");
        session.bake(dir.resolve("staged-discarded"), served);
        edit(REPORT, "// end::dil-valgmodul[]", "Endnu en linje om valgmodulet.\n// end::dil-valgmodul[]");
        bakeAndServe();
        assertTrue(page("opslag/tidslinje.html").contains("En kladde, der aldrig blev vist."),
                "the page changed in the discarded bake is baked again");
        assertSameAsOneOffBake("after a bake whose site was thrown away");
    }

    @Test
    void aPageSavedInTheWrongEncodingIsNamedWithItsLine() throws Exception {
        Path page = project.resolve(TIMELINE);
        String good = Files.readString(page);
        Files.write(page, (good + "\nÆndret i Notesblok.\n").getBytes(StandardCharsets.ISO_8859_1));
        BakeFailedException failed = assertThrows(BakeFailedException.class,
                () -> session.bake(dir.resolve("staged-latin1"), served));
        Diagnostic problem = failed.diagnostics().get(0);
        assertEquals(TIMELINE, problem.file());
        assertTrue(problem.message().contains("UTF-8"), problem.message());
        assertTrue(problem.line() > 1, "the line of the first bad byte");

        Files.writeString(page, good);
        bakeAndServe();
        assertSameAsOneOffBake("after the file was saved as UTF-8 again");
    }
}
