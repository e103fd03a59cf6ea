package dk.kk.tillid.check;

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
                    "href=\"bilag/x\ty.html\": /bilag/x\ty.html findes ikke", "content/a.adoc:7"),
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
        assertEquals("""
                {"pagesChecked":4,"referencesChecked":20,"externalReferences":3,"errors":2,"warnings":1,"findings":[
                {"file":"a.html","line":2,"value":"\\"citat\\"\\\\","severity":"error","kind":"missing-file","message":"linje\\nto","source":null},
                {"file":"a.html","line":12,"value":"bilag/x\\ty.html","severity":"error","kind":"missing-file","message":"href=\\"bilag/x\\ty.html\\": /bilag/x\\ty.html findes ikke","source":"content/a.adoc:7"},
                {"file":"b.html","line":3,"value":"x.html","severity":"warning","kind":"hash-only","message":"href=\\"#\\": fører ingen steder hen","source":null}
                ]}
                """, written(Format.JSON));
    }

    @Test
    void jsonOfACleanSiteIsAnEmptyList() throws IOException {
        StringBuilder out = new StringBuilder();
        new CheckReport(List.of(), 1, 0, 0).write(Format.JSON, out);
        assertEquals("{\"pagesChecked\":1,\"referencesChecked\":0,\"externalReferences\":0,\"errors\":0,\"warnings\":0,\"findings\":[]}\n",
                out.toString());
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
