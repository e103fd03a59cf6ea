package dk.kk.tillid.check;

import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.problem.SourceLocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckReportTest {

    private final CheckReport report = new CheckReport(List.of(
            new Finding("b.html", 3, "x.html", Severity.WARNING, "hash-only", "href=\"#\": fører ingen steder hen", null),
            new Finding("a.html", 12, "bilag/x\ty.html", Severity.ERROR, "missing-file",
                    "href=\"bilag/x\ty.html\": /bilag/x\ty.html findes ikke", new SourceLocation("content/a.adoc", 7)),
            new Finding("a.html", 2, "\"citat\"\\", Severity.ERROR, "missing-file", "linje\nto", null)),
            4, 20, 3);

    @Test
    void sortsByFileLineAndValue() {
        assertEquals(List.of("a.html:2", "a.html:12", "b.html:3"),
                report.findings().stream().map(f -> f.file() + ":" + f.line()).toList());
    }

    @Test
    void textIsOneFindingALineWithTheSourceAppended() throws IOException {
        assertEquals("""
                a.html:2: error: linje\\nto
                a.html:12: error: href="bilag/x\ty.html": /bilag/x\ty.html findes ikke (kilde: content/a.adoc:7)
                b.html:3: warning: href="#": fører ingen steder hen
                """, written(Format.TEXT));
    }

    @Test
    void tsvHasAHeaderAndSixEscapedColumns() throws IOException {
        assertEquals("""
                file\tline\tvalue\tseverity\tkind\tmessage
                a.html\t2\t"citat"\\\\\terror\tmissing-file\tlinje\\nto
                a.html\t12\tbilag/x\\ty.html\terror\tmissing-file\thref="bilag/x\\ty.html": /bilag/x\\ty.html findes ikke
                b.html\t3\tx.html\twarning\thash-only\thref="#": fører ingen steder hen
                """, written(Format.TSV));
        for (String row : written(Format.TSV).split("\n")) {
            assertEquals(6, row.split("\t", -1).length, row);
        }
    }

    @Test
    void jsonHoldsTheCountsAndEveryField() throws IOException {
        JsonNode json = new ObjectMapper().readTree(written(Format.JSON));
        assertEquals(4, json.get("pagesChecked").asInt());
        assertEquals(20, json.get("referencesChecked").asInt());
        assertEquals(3, json.get("externalReferences").asInt());
        assertEquals(2, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode findings = json.get("findings");
        assertEquals(3, findings.size());
        JsonNode first = findings.get(0);
        assertEquals("a.html", first.get("file").asText());
        assertEquals(2, first.get("line").asInt());
        assertEquals("\"citat\"\\", first.get("value").asText());
        assertEquals("error", first.get("severity").asText());
        assertEquals("missing-file", first.get("kind").asText());
        assertEquals("linje\nto", first.get("message").asText());
        assertTrue(first.get("source").isNull());
        assertEquals("content/a.adoc:7", findings.get(1).get("source").asText());
        assertEquals("href=\"#\": fører ingen steder hen", findings.get(2).get("message").asText());
    }

    @Test
    void jsonOfACleanSiteIsAnEmptyList() throws IOException {
        StringBuilder out = new StringBuilder();
        new CheckReport(List.of(), 1, 0, 0).write(Format.JSON, out);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(1, json.get("pagesChecked").asInt());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void countsAndSummary() {
        assertTrue(report.hasErrors());
        assertEquals(2, report.errors());
        assertEquals(1, report.warnings());
        assertEquals("Tjekket: 4 sider, 20 referencer (3 eksterne), 2 fejl, 1 advarsel", report.summary());
        assertFalse(new CheckReport(List.of(report.findings().get(2)), 1, 1, 0).hasErrors());
    }

    private String written(Format format) throws IOException {
        StringBuilder out = new StringBuilder();
        report.write(format, out);
        return out.toString();
    }
}
