package dk.kk.tillid.bake;

import com.orientechnologies.common.directmemory.OByteBufferPool;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * JBake's in-memory store lives outside the heap (OrientDB's pages); once a bake's store is closed its pages go
 * back to the system instead of into OrientDB's pool, where they stayed for the rest of the build.
 */
class StoreMemoryTest {

    @Test
    void aClosedStoreKeepsNoPagesInOrientDbsPool() {
        RenderCache store = new RenderCache("memory", "store-memory-test", false);
        store.startup();
        try {
            for (int i = 0; i < 200; i++) {
                DocumentModel page = new DocumentModel();
                page.setSourceUri("side/" + i + ".adoc");
                page.setUri("side/" + i + ".html");
                page.setSha1(String.valueOf(i));
                page.setType("page");
                page.setStatus("published");
                page.setTitle("Side " + i + " " + "tillid ".repeat(200));
                page.setBody("<p>Tekst</p>");
                store.addDocument(page);
            }
        } finally {
            store.close();
        }
        OByteBufferPool pool = OByteBufferPool.instance(null);
        assertEquals(0, pool.getPoolSize(), "pages of the closed store left in the pool");
    }
}
