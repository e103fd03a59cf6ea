package dk.kk.tillid.bake;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bodies stay out of the store and the typed lists, and come back whole for the page being rendered. */
class RenderCacheTest {

    private static DocumentModel page(String name, String body) {
        DocumentModel page = new DocumentModel();
        page.setSourceUri("side/" + name + ".adoc");
        page.setUri("side/" + name + ".html");
        page.setSha1(name);
        page.setType("page");
        page.setStatus("published");
        page.setCached(true);
        page.setTitle(name);
        page.setBody(body);
        return page;
    }

    @Test
    void eachPageIsRenderedWithItsOwnBodyWhichNoListHolds() {
        RenderCache store = new RenderCache("memory", "render-cache-test", false);
        store.startup();
        try {
            String long1 = "<p>Tillid æøå ".repeat(5000) + "</p>";
            store.addDocument(page("a", long1));
            store.addDocument(page("b", "<p>Bé</p>"));
            store.addDocument(page("c", ""));

            for (DocumentModel listed : store.getAllContent("page")) {
                assertNull(listed.getBody(), listed.getSourceuri() + ": the typed list holds no body");
            }
            // JBake's renderer finds a page's neighbours (Forrige/Næste) by its place in the list, body or not.
            List<DocumentModel> typed = store.getAllContent("page");
            List<DocumentModel> inOrder = new ArrayList<>(typed);
            for (int i = 0; i < inOrder.size(); i++) {
                assertEquals(i, typed.indexOf(page(inOrder.get(i).getTitle(), "<p>anden</p>")));
                assertEquals(inOrder.get(i), typed.get(i));
            }
            assertEquals(-1, typed.indexOf(page("x", "")));
            assertThrows(IndexOutOfBoundsException.class, () -> typed.get(inOrder.size()));
            assertThrows(IndexOutOfBoundsException.class, () -> typed.get(-1));
            List<String> bodies = new ArrayList<>();
            for (DocumentModel rendered : store.getUnrenderedContent()) {
                bodies.add(rendered.getSourceuri() + "=" + rendered.getBody());
            }
            assertEquals(List.of("side/a.adoc=" + long1, "side/b.adoc=<p>Bé</p>", "side/c.adoc="),
                    bodies.stream().sorted().toList());

            store.deleteContent("side/b.adoc");
            store.addDocument(page("b", "<p>Ny</p>"));
            List<String> again = new ArrayList<>();
            for (DocumentModel rendered : store.getUnrenderedContent()) {
                again.add(rendered.getSourceuri() + "=" + rendered.getBody());
            }
            assertEquals(List.of("side/a.adoc=" + long1, "side/b.adoc=<p>Ny</p>", "side/c.adoc="), again.stream().sorted().toList(),
                    "a page stored again is rendered with its new body");
        } finally {
            store.close();
        }
    }
}
