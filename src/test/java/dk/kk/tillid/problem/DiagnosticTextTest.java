package dk.kk.tillid.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an editor reads of a problem, and what scripts and editors' tools rely on in its shape. */
class DiagnosticTextTest {

    @Test
    void anErrorReadsFileLineDanishSeverityMessageAndFix() {
        Diagnostic error = Diagnostic.error("content/rapport/x.adoc", 12, "ukendt attribut", "skriv :jbake-type:");
        assertEquals("content/rapport/x.adoc:12: fejl: ukendt attribut Ret: skriv :jbake-type:", error.toString());
        assertTrue(error.isError());
        assertEquals("content/rapport/x.adoc", error.file());
        assertEquals(12, error.line());
    }

    @Test
    void aWarningSaysAdvarselAndDoesNotStopTheBuild() {
        Diagnostic warning = Diagnostic.warning("content/x.adoc", 3, "tom overskrift", "skriv en titel");
        assertEquals("content/x.adoc:3: advarsel: tom overskrift Ret: skriv en titel", warning.toString());
        assertFalse(warning.isError());
        assertEquals(Severity.WARNING, warning.severity());
    }

    @Test
    void aProblemOfTheWholeFileHasNoLineAndAProblemWithoutFixNoRet() {
        Diagnostic whole = Diagnostic.error(SourceLocation.wholeFile("jbake.properties"), "kan ikke læses", "");
        assertEquals("jbake.properties: fejl: kan ikke læses", whole.toString());
        assertEquals(0, whole.line());
        assertEquals("content/x.adoc:1: fejl: mangler", Diagnostic.error("content/x.adoc", 1, "mangler", null).toString());
    }

    @Test
    void theFirstLineIsALineAndLineZeroIsTheWholeFile() {
        assertTrue(new SourceLocation("a.adoc", 1).hasLine());
        assertFalse(new SourceLocation("a.adoc", 0).hasLine());
        assertEquals("a.adoc:1", new SourceLocation("a.adoc", 1).toString());
        assertEquals("a.adoc", new SourceLocation("a.adoc", 0).toString());
    }

    @Test
    void severitiesHaveAStableEnglishLabelForScriptsAndADanishWordForEditors() {
        assertEquals("error", Severity.ERROR.label());
        assertEquals("warning", Severity.WARNING.label());
        assertEquals("fejl", Severity.ERROR.danish());
        assertEquals("advarsel", Severity.WARNING.danish());
    }
}
