package dk.kk.tillid.cli;

import dk.kk.tillid.TestProjects;
import dk.kk.tillid.bake.BakeResult;
import dk.kk.tillid.bake.BakeSession;
import dk.kk.tillid.publish.Releases;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renames over several builds: {@code publish} keeps every address the live site has unless the new site
 * redirects it or the project lists it as removed on purpose; two builds of one commit with redirects are the same
 * bytes.
 */
class RenamesIT {

    private static String run(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args) + "\n" + err.toString(StandardCharsets.UTF_8);
        } finally {
            System.setErr(original);
        }
    }

    private static Path project(Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("p"));
        TestProjects.write(project, "content/om/a.adoc", TestProjects.page("Side A", "Om tillid i ledelse."));
        TestProjects.write(project, "content/om/b.adoc", TestProjects.page("Side B", "Om lederuddannelser i kommunen."));
        return project;
    }

    @Test
    void publishRefusesToDropAnAddressUnlessItRedirectsOrIsListed(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        GitRepo git = GitRepo.init(project).commitAll("Første udgave");
        Path www = dir.resolve("www/tillid");
        Files.createDirectories(www.getParent());
        String[] publish = {"publish", "--to", www.toString(), "-C", project.toString()};
        String first = run(publish);
        assertTrue(first.startsWith("0\n"), first);

        git.git("mv", "content/om/a.adoc", "content/om/c.adoc").commitAll("Omdøbt");
        String renamed = run(publish);
        assertTrue(renamed.startsWith("0\n"), "a renamed page redirects, so publish goes on: " + renamed);
        assertTrue(Files.readString(www.resolve("om/a.html")).contains("url=../om/c.html"));
        Path live = new Releases(www).current().orElseThrow();

        git.git("rm", "-q", "content/om/b.adoc").commitAll("Slettet");
        String refused = run(publish);
        assertTrue(refused.startsWith("1\n"), refused);
        assertTrue(refused.contains("Udgivelsen fejlede: det nye site mangler adresser, som det udgivne site har: om/b.html."), refused);
        assertTrue(refused.contains("fjernede-adresser.txt") && refused.contains("Det udgivne site er urørt."), refused);
        assertEquals(live, new Releases(www).current().orElseThrow(), "the live release stays");
        assertTrue(Files.readString(www.resolve("om/b.html")).contains("Side B"));

        Files.writeString(project.resolve("fjernede-adresser.txt"), "# Sider, der er fjernet med vilje\nom/b.html\n");
        git.commitAll("Side B fjernet med vilje");
        String listed = run(publish);
        assertTrue(listed.startsWith("0\n"), listed);
        assertFalse(Files.exists(www.resolve("om/b.html")));
        assertTrue(Files.isRegularFile(www.resolve("om/a.html")), "the redirect is kept from release to release");
    }

    @Test
    void twoBuildsWithRedirectsAreTheSameBytes(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        TestProjects.write(project, "content/om/b.adoc", "= Side B\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: gammel/b.html, anden.html\n\nOm lederuddannelser i kommunen.\n");
        GitRepo git = GitRepo.init(project).commitAll("Første udgave");
        git.git("mv", "content/om/a.adoc", "content/om/c.adoc").commitAll("Omdøbt");

        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertTrue(run("build", "-C", project.toString(), "-o", first.toString()).startsWith("0\n"));
        assertTrue(run("build", "-C", project.toString(), "-o", second.toString()).startsWith("0\n"));
        Map<String, byte[]> one = TestProjects.files(first);
        Map<String, byte[]> two = TestProjects.files(second);
        assertTrue(one.keySet().containsAll(java.util.List.of("om/a.html", "gammel/b.html", "anden.html")), one.keySet().toString());
        assertEquals(one.keySet(), two.keySet());
        one.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, two.get(file)), file + " differs"));
    }

    @Test
    void thePreviewKeepsTheOldAddressesWhenItBakesOnlyAChangedPage(@TempDir Path dir) throws Exception {
        Path project = project(dir);
        TestProjects.write(project, "content/om/b.adoc", "= Side B\n" + TestProjects.VALID_HEADER
                + ":jbake-gamle-adresser: gammel/b.html\n\nOm lederuddannelser i kommunen.\n");
        GitRepo git = GitRepo.init(project).commitAll("Første udgave");
        git.git("mv", "content/om/a.adoc", "content/om/c.adoc").commitAll("Omdøbt");
        try (BakeSession session = new BakeSession(project)) {
            Path first = dir.resolve("first");
            session.bake(first, dir.resolve("nothing-served-yet"));
            session.keep();
            assertTrue(Files.isRegularFile(first.resolve("om/a.html")) && Files.isRegularFile(first.resolve("gammel/b.html")));

            TestProjects.write(project, "content/om/c.adoc", TestProjects.page("Side A", "Om tillid i ledelse, rettet."));
            Path second = dir.resolve("second");
            BakeResult quick = session.bake(second, first);
            assertTrue(quick.pagesRendered() < quick.pageSources().size(), "only the changed page was baked again");
            assertTrue(Files.readString(second.resolve("om/c.html")).contains("rettet"));
            assertTrue(Files.readString(second.resolve("om/a.html")).contains("url=../om/c.html"));
            assertTrue(Files.readString(second.resolve("gammel/b.html")).contains("url=../om/b.html"));
        }
    }
}
