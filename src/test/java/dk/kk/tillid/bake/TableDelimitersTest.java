package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only a |== inside an open table takes over the table messages that follow it. */
class TableDelimitersTest {
    private static final Diagnostic UNTERMINATED = Diagnostic.error("content/side.adoc", 6,
            "Asciidoctor: unterminated table block", "Luk blokken.");

    @Test
    void aDoubleEqualsLineOutsideATableLeavesALaterTableErrorWhereItIs() {
        List<String> lines = List.of("= Side", "", "|==", "", "Tekst.", "|===", "| a");

        assertEquals(List.of(UNTERMINATED),
                TableDelimiters.atMistypedDelimiter(List.of(UNTERMINATED), "content/side.adoc", lines, Path.of(".")));
    }

    @Test
    void aDoubleEqualsLineInsideATableTakesTheTableErrorsAfterIt() {
        List<String> lines = List.of("= Side", "|===", "| a", "|==", "", "|===", "| b");
        Diagnostic dropping = Diagnostic.warning("content/side.adoc", 5,
                "Asciidoctor: dropping cells from incomplete row detected end of table", "Ret.");

        List<Diagnostic> moved = TableDelimiters.atMistypedDelimiter(List.of(dropping, UNTERMINATED),
                "content/side.adoc", lines, Path.of("."));

        assertEquals(1, moved.size(), moved.toString());
        assertEquals(4, moved.get(0).line());
        assertEquals(true, moved.get(0).isError(), "the stronger of the merged messages counts");
    }
}
