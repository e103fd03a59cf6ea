package dk.kk.tillid.bake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlBodyTest {

    @Test
    void marksOnlyTheFirstUseOfEachAbbreviation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ordliste.adoc");
        Files.writeString(file, "= Ordliste\n\nKK:: Københavns Kommune\nbl.a. / bla.:: blandt andet\nd.:: den\nadm.dir.:: administrerende direktør\n");
        Glossary glossary = Glossary.read(file);
        String html = HtmlBody.polish("<p>I KK og bla. i KK, d. 6. v. adm.dir. <a href=\"x\">KK</a></p><h2 id=\"a\">KK</h2><p>bl.a. KKK</p><p>Tværgående KK</p>",
                glossary).html();
        assertEquals("<p>I <abbr title=\"Københavns Kommune\">KK</abbr> og <abbr title=\"blandt andet\">bla.</abbr> i KK, "
                + "<abbr title=\"den\">d.</abbr> 6. v. <abbr title=\"administrerende direktør\">adm.dir.</abbr> <a href=\"x\">KK</a></p>"
                + "<h2 id=\"a\">KK</h2><p><abbr title=\"blandt andet\">bl.a.</abbr> KKK</p><p>Tværgående KK</p>", html);
    }
}
