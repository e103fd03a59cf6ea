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

    RenderCache(String type, String name) {
        super(type, name);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType) {
        return allByType.computeIfAbsent(docType, super::getAllContent);
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
