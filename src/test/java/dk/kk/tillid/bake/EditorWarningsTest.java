package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mistakes that still bake get a warning with file, line and the fix: "mente du …?", twin titles, broken URLs. */
class EditorWarningsTest {
    @TempDir
    Path dir;

    @Test
    void aMistypedAttributeATwinTitleAndAMalformedUrlAreWarnedAbout() throws Exception {
        FixtureProject project = new FixtureProject(dir);
        project.write("content/a.adoc", "= Økonomi\n" + FixtureProject.VALID_HEADER + ":jbake-tag: tillid\n\nTekst.\n");
        project.write("content/b.adoc", "= Økonomi\n" + FixtureProject.VALID_HEADER
                + "\nFørste linje.\nSe https//www.kk.dk og http:/intra.kk.dk, men https://www.kk.dk er fin.\n");
        BakeResult result = new SiteBaker(dir).bake(project.site());
        List<String> warnings = result.warnings().stream().map(Diagnostic::toString).toList();

        assertTrue(warnings.contains("content/a.adoc:5: advarsel: Ukendt hovedattribut :jbake-tag:; mente du :jbake-tags:?"
                + " Ret: Ret navnet til :jbake-tags:, ellers bruger sitet ikke attributten."), warnings.toString());
        assertTrue(warnings.contains("content/b.adoc:1: advarsel: Titlen 'Økonomi' bruges også af content/a.adoc."
                + " Ret: Giv siderne hver sin titel, så læserne kan skelne dem i menuen og i søgningen."), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("content/b.adoc:7: advarsel: Adressen 'https//www.kk.dk'")
                && w.contains("Ret: Skriv https:// med kolon og to skråstreger")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("content/b.adoc:7: advarsel: Adressen 'http:/intra.kk.dk'")),
                warnings.toString());
        assertEquals(4, warnings.size(), warnings.toString());
    }
}
