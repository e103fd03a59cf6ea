package dk.kk.tillid.bake;

import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JBake's content store, remembering the per-type lists while pages render. JBake's DocumentsRenderer asks
 * for every document of a type once per page to find its neighbours, which makes a bake grow with the square
 * of the page count; content does not change while rendering, so one query per type is enough.
 * <p>
 * A preview keeps its store from bake to bake. JBake's crawler then skips every file whose hash it has seen,
 * and only the pages added in a bake are rendered; {@link #bakeAgain} names pages to read again although
 * their own file is unchanged (they include a changed one).
 * <p>
 * Pages' bodies are kept out of the store, in one temporary file, and read back one page at a time as it is
 * rendered. A page's body is needed only to render that page (navigation and listings use headers), and
 * OrientDB's memory store, plus the typed lists the renderer asks for, would otherwise hold every body of the
 * site twice until the bake ends: at 3000 pages most of the build's memory.
 */
final class RenderCache extends ContentStore {
    static {
        // OrientDB keeps every page of a closed store for reuse, without limit: 30 MB outside the heap at 3000
        // pages for the rest of the build. Freed instead; a store is made once per bake. Set before the first
        // store, as OrientDB's pool reads it once.
        OGlobalConfiguration.DIRECT_MEMORY_POOL_LIMIT.setValue(0);
    }

    /** Up to this many pages to render are looked up one by one, not found in every type's list. */
    private static final int FEW = 32;
    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    private final boolean kept;
    private boolean started;
    private Set<String> stale = Set.of();
    private final Set<String> added = new HashSet<>();
    /** The only pages to render, when not every stored page is to be; null: every page stored in this bake. */
    private Set<String> renderOnly;
    /** Where each stored page's body is in {@link #bodies}, by source URI: offset and length in bytes. */
    private final Map<String, long[]> bodyAt = new HashMap<>();
    private FileChannel bodies;

    /** @param kept whether the store outlives the bake (JBake's oven closes it at the end of every bake) */
    RenderCache(String type, String name, boolean kept) {
        super(type, name);
        this.kept = kept;
    }

    /** Started early by the baker, so that OrientDB's start-up overlaps conversion; the oven's call is then a no-op. */
    @Override
    public synchronized void startup() {
        if (!started) {
            // OrientDB hashes its default users' passwords 65536 times at start-up: pointless for a store that
            // lives in memory for one bake, and about a fifth of a cached build's CPU.
            OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
            super.startup();
            started = true;
        }
    }

    /**
     * JBake empties its store when asked to, or when the templates changed since the signature it recorded.
     * A kept store is reused only when no template changed (the preview checks that itself), and it never
     * had a signature recorded, because its first bake was asked to start empty.
     */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        if (needed || !kept) {
            super.updateAndClearCacheIfNeeded(needed, templateFolder);
        }
    }

    /** Before a bake: these pages (output paths, JBake's source URIs) are read again whatever their hash. */
    synchronized void bakeAgain(Set<String> pages) {
        stale = Set.copyOf(pages);
        // Every page stored anew in the next bake is rendered, whatever an earlier bake rendered.
        renderOnly = null;
        added.clear();
        allByType.clear();
    }

    /**
     * Before a bake into a copy of the last build's site: every page is stored, as navigation and listings
     * read them all, but only these (output paths) are rendered, and only their bodies kept.
     */
    synchronized void renderOnly(Set<String> pages) {
        renderOnly = Set.copyOf(pages);
    }

    @Override
    public synchronized DocumentList<DocumentModel> getDocumentStatus(String uri) {
        if (stale.contains(uri)) {
            deleteContent(uri);
            return new DocumentList<>();
        }
        return super.getDocumentStatus(uri);
    }

    /**
     * A page counts as rendered from the moment it is stored: JBake would record that with one SQL UPDATE
     * per page after rendering, and a failed bake is never reused, so the record could only differ in
     * between. The crawler reads it to skip unchanged files in the next bake.
     */
    @Override
    public synchronized void addDocument(DocumentModel document) {
        allByType.clear();
        document.setRendered(true);
        added.add(document.getSourceuri());
        DocumentModel withoutBody = new DocumentModel();
        withoutBody.putAll(document);
        Object body = withoutBody.remove(ModelAttributes.BODY);
        if (body instanceof String text && (renderOnly == null || renderOnly.contains(document.getSourceuri()))) {
            keepBody(document.getSourceuri(), text);
        }
        super.addDocument(withoutBody);
    }

    private void keepBody(String uri, String body) {
        try {
            if (bodies == null) {
                bodies = FileChannel.open(Files.createTempFile("tillid-bodies", ".html"), StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            }
            ByteBuffer bytes = ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
            long at = bodies.size();
            bodyAt.put(uri, new long[]{at, bytes.remaining()});
            while (bytes.hasRemaining()) {
                bodies.write(bytes, at + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Sidens indhold kunne ikke gemmes midlertidigt: " + e.getMessage(), e);
        }
    }

    /** The stored page with its body, for rendering it. */
    private synchronized DocumentModel withBody(DocumentModel document) {
        long[] at = bodyAt.get(document.getSourceuri());
        if (at == null) {
            return document;
        }
        ByteBuffer bytes = ByteBuffer.allocate((int) at[1]);
        try {
            while (bytes.hasRemaining()) {
                if (bodies.read(bytes, at[0] + bytes.position()) < 0) {
                    throw new IOException("kortere end skrevet");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Sidens indhold kunne ikke læses igen: " + e.getMessage(), e);
        }
        DocumentModel whole = new DocumentModel();
        whole.putAll(document);
        whole.setBody(new String(bytes.array(), StandardCharsets.UTF_8));
        return whole;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
    }

    /**
     * The pages stored in this bake, which are the ones to render, each with its body as the renderer comes to
     * it (JBake's DocumentsRenderer walks the list once), so that only one body at a time is in memory.
     */
    @Override
    public synchronized DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> unrendered = new WithBodies();
        Set<String> wanted = new java.util.TreeSet<>(added);
        if (renderOnly != null) {
            wanted.retainAll(renderOnly);
        }
        if (wanted.size() <= FEW) {
            // A save's few pages looked up by their URI: reading every type's list to find them read every page
            // of the store, a third of a save's bake at 1000 pages (the renderer reads the rendered page's type only).
            for (String uri : wanted) {
                unrendered.addAll(getDocumentByUri(uri));
            }
            return unrendered;
        }
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel document : getAllContent(type)) {
                if (added.contains(document.getSourceuri())
                        && (renderOnly == null || renderOnly.contains(document.getSourceuri()))) {
                    unrendered.add(document);
                }
            }
        }
        return unrendered;
    }

    /** The oven closes its store after every bake; a kept one stays open until {@link #dispose}. */
    @Override
    public void close() {
        if (!kept) {
            dispose();
        }
    }

    void dispose() {
        super.close();
        synchronized (this) {
            bodyAt.clear();
            if (bodies != null) {
                try {
                    bodies.close();
                } catch (IOException e) {
                    // Deleted on close; a file the system could not delete is in its temporary folder.
                }
                bodies = null;
            }
        }
    }

    /** A list of stored pages that hands each out with its body. */
    private final class WithBodies extends DocumentList<DocumentModel> {
        @Override
        public Iterator<DocumentModel> iterator() {
            Iterator<DocumentModel> pages = super.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return pages.hasNext();
                }

                @Override
                public DocumentModel next() {
                    return withBody(pages.next());
                }
            };
        }
    }

    @Override
    public synchronized DocumentList<DocumentModel> getAllContent(String docType) {
        return allByType.computeIfAbsent(docType, type -> new FoundBySourceUri(super.getAllContent(type)));
    }

    /**
     * The renderer finds each page in its type's list with indexOf, and a document's equals compares every
     * field, body included. Within one bake a page is identified by its source URI, so compare that instead.
     * JBake's list is linked: finding a page and stepping to its neighbours by index read the list from its
     * start, for every page, which grows with the square of the site; both are looked up here instead.
     */
    private static final class FoundBySourceUri extends DocumentList<DocumentModel> {
        private DocumentModel[] byIndex;
        private Map<String, Integer> firstIndex;
        private int indexedAt;

        FoundBySourceUri(DocumentList<DocumentModel> documents) {
            addAll(documents);
        }

        private synchronized void indexed() {
            if (byIndex != null && indexedAt == modCount) {
                return;
            }
            byIndex = toArray(new DocumentModel[0]);
            firstIndex = new HashMap<>();
            for (int i = 0; i < byIndex.length; i++) {
                firstIndex.putIfAbsent(byIndex[i].getSourceuri(), i);
            }
            indexedAt = modCount;
        }

        @Override
        public DocumentModel get(int index) {
            indexed();
            return byIndex[java.util.Objects.checkIndex(index, byIndex.length)];
        }

        @Override
        public int indexOf(Object o) {
            if (!(o instanceof DocumentModel wanted)) {
                return -1;
            }
            indexed();
            return firstIndex.getOrDefault(wanted.getSourceuri(), -1);
        }
    }

    @Override
    public synchronized void deleteContent(String uri) {
        allByType.clear();
        bodyAt.remove(uri);
        super.deleteContent(uri);
    }
}
