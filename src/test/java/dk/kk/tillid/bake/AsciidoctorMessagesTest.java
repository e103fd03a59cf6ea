package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The usual AsciiDoc mistakes reach editors in Danish, at their file and line, with the fix; not in Asciidoctor's English. */
class AsciidoctorMessagesTest {
    @TempDir
    Path dir;

    @Test
    void commonMistakesAreToldInDanishAtTheirLine() throws IOException {
        FixtureProject project = new FixtureProject(dir).write("content/side.adoc", String.join("\n",
                "= Side",
                FixtureProject.VALID_HEADER.strip(),
                "",
                "== Afsnit",
                "",
                "==== For dybt",
                "",
                "1. Et",
                "2. To",
                "4. Fire",
                "",
                "Se <<findes-ikke>>.",
                "",
                "Skriv til {Navn}.",
                "",
                "include::mangler.adoc[]",
                "",
                "----",
                "kode",
                ""));
        List<Diagnostic> problems = project.bake();
        Map<Integer, Diagnostic> byLine = new TreeMap<>();
        problems.forEach(d -> byLine.put(d.line(), d));
        Map<Integer, String> expected = Map.of(
                8, "Overskriften med ==== springer et niveau over: her kan kun stå en overskrift med ===.",
                12, "Punktet i den nummererede liste har nummer 4, men det skulle være 3.",
                14, "Henvisningen til 'findes-ikke' peger på et afsnit, der ikke findes på siden.",
                16, "Attributten {navn} findes ikke, så teksten i krøllede parenteser kan ikke vises.",
                18, "Filen 'content/mangler.adoc' i include-linjen findes ikke.",
                20, "Blokken, der begynder her, bliver ikke lukket: en kodeblok (----) skal lukkes");
        expected.forEach((line, danish) -> {
            Diagnostic d = byLine.get(line);
            assertTrue(d != null, "nothing at line " + line + ": " + problems);
            assertEquals("content/side.adoc", d.file());
            assertTrue(d.message().startsWith(danish), d.toString());
            assertTrue(d.message().contains("(Asciidoctor: "), "Asciidoctor's own words at the end: " + d);
            assertFalse(d.fix() == null || d.fix().isBlank() || d.fix().equals("Ret AsciiDoc-syntaksen på linjen."), d.toString());
        });
    }

    @Test
    void theTableTellsEachKnownMessageInDanish() {
        Map<String, String> known = Map.of(
                "section title out of sequence: expected levels 0 or 1, got level 2",
                "Overskriften med === springer et niveau over: her kan kun stå en overskrift med = eller ==.",
                "unterminated table block", "Blokken, der begynder her, bliver ikke lukket: en tabel (|===) skal lukkes med samme linje, som åbnede den.",
                "tag 'intro' not found in include file: content/a.adoc", "Stykket 'intro' er ikke mærket i den inkluderede fil content/a.adoc.",
                "skipping reference to missing attribute: navn", "Attributten {navn} findes ikke, så teksten i krøllede parenteser kan ikke vises.",
                "callout list item index: expected 1, got 2", "Forklaringen <2> står, hvor forklaring <1> skulle stå.",
                "id assigned to section already in use: _afsnit", "Id'et '_afsnit' er allerede brugt et andet sted på siden.");
        known.forEach((english, danish) -> assertEquals(danish + " (Asciidoctor: " + english + ")", AsciidoctorHints.message(english)));
        assertEquals("Asciidoctor: noget helt nyt", AsciidoctorHints.message("noget helt nyt"), "an unknown message as it was written");
    }
}
