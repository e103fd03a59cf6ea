package dk.kk.tillid.pipeline;

import dk.kk.tillid.check.Finding;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.problem.SourceLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A link to a renamed page's old address: the page exists, so the fix says to link to where it moved. */
class RedirectLinkFixTest {
    @Test
    void aLinkToAnOldAddressIsToldToLinkToWhereThePageMoved() {
        Finding finding = new Finding("opslag/ordliste.html", 257, "../programmer/gammel.html", Severity.WARNING,
                "refresh-page", "href=\"../programmer/gammel.html\": /programmer/gammel.html sender videre med meta refresh; link direkte til målet",
                new SourceLocation("content/opslag/ordliste.adoc", 49));

        Diagnostic told = LinkProblems.asDiagnostic(finding, Path.of("."), Map.of());

        assertEquals("Ret xref: eller link:, så det peger direkte på den side, den gamle adresse sender videre til.", told.fix());
        assertEquals(new SourceLocation("content/opslag/ordliste.adoc", 49), told.at());
    }
}
