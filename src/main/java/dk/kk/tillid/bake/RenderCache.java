package dk.kk.tillid.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

import java.util.HashMap;
import java.util.Map;

/**
 * JBake's content store, remembering the per-type lists while pages render. JBake's DocumentsRenderer asks
 * for every document of a type once per page to find its neighbours, which makes a bake grow with the square
 * of the page count; content does not change while rendering, so one query per type is enough.
 */
final class RenderCache extends ContentStore {
    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    private boolean started;

    RenderCache(String type, String name) {
        super(type, name);
    }

    /** Started early by the baker, so that OrientDB's start-up overlaps conversion; the oven's call is then a no-op. */
    @Override
    public synchronized void startup() {
        if (!started) {
            super.startup();
            started = true;
        }
    }

    /**
     * JBake records per page, with one SQL UPDATE each, that it has been rendered, for incremental bakes that
     * reuse the store. Each bake here has a fresh store and renders every page once, so the record is never read.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType) {
        return allByType.computeIfAbsent(docType, type -> new FoundBySourceUri(super.getAllContent(type)));
    }

    /**
     * The renderer finds each page in its type's list with indexOf, and a document's equals compares every
     * field, body included. Within one bake a page is identified by its source URI, so compare that instead.
     */
    private static final class FoundBySourceUri extends DocumentList<DocumentModel> {
        FoundBySourceUri(DocumentList<DocumentModel> documents) {
            addAll(documents);
        }

        @Override
        public int indexOf(Object o) {
            if (!(o instanceof DocumentModel wanted)) {
                return -1;
            }
            int index = 0;
            for (DocumentModel document : this) {
                if (java.util.Objects.equals(document.getSourceuri(), wanted.getSourceuri())) {
                    return index;
                }
                index++;
            }
            return -1;
        }
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        allByType.clear();
        super.addDocument(document);
    }

    @Override
    public synchronized void deleteContent(String uri) {
        allByType.clear();
        super.deleteContent(uri);
    }
}
