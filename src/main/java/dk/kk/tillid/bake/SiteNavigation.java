package dk.kk.tillid.bake;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What every page's navigation needs to know about all the others, worked out once per bake. In Freemarker
 * each page would otherwise load and filter every document again, which grows with the square of the site.
 * Templates reach it as {@code config.site_navigation}; it reads the store lazily, after JBake's crawl.
 */
public final class SiteNavigation {
    private static final String LANDING = "index.html";
    private static final Set<String> NOT_IN_NAVIGATION = Set.of("search");
    /** {@code :jbake-menu: skjul}: baked and reachable by its address, but not in the side navigation or Forrige/Næste. */
    private static final String HIDDEN = "skjul";

    private static final int LONG_FOLDER = 40;
    private static final int WINDOW = 10;

    /** Every published page, read once, when a template first asks. */
    private final Supplier<List<DocumentModel>> published;
    private List<Map<String, Object>> pages;
    private final Map<String, List<Map<String, Object>>> byFolder = new HashMap<>();
    private final Map<String, Map<String, Object>> byUri = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> byTag = new HashMap<>();
    /** Each page's place in its folder's list, by uri: templates ask for it on every page. */
    private final Map<String, Integer> atInFolder = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> ofType = new HashMap<>();
    private List<Map<String, Object>> folders;
    /**
     * "Se også" depends only on a page's tags: pages with the same tags share one ranking, worked out once. A site
     * has few distinct tag lists, so this keeps every page's navigation from reading every other page.
     */
    private final Map<List<Object>, List<Map<String, Object>>> relatedByTags = new HashMap<>();

    SiteNavigation(ContentStore store) {
        this(() -> {
            List<DocumentModel> all = new ArrayList<>();
            for (String type : DocumentTypes.getDocumentTypes()) {
                all.addAll(store.getPublishedContent(type));
            }
            return all;
        });
    }

    /** The navigation of these published pages (a page needs its uri, title, type, order, menu and tags). */
    SiteNavigation(Supplier<List<DocumentModel>> published) {
        this.published = published;
    }

    /**
     * Published pages of a content folder in navigation order (jbake-order, then Danish title order), without its
     * landing page and without pages hidden from the menu.
     */
    public synchronized List<Map<String, Object>> pagesIn(String folder) {
        load();
        return byFolder.getOrDefault(folder, List.of());
    }

    /**
     * What the side navigation lists for a folder: all of it, or for a long folder the pages around
     * {@code uri}, so that a page of a 1000-page section does not carry 1000 links.
     */
    public synchronized List<Map<String, Object>> listedIn(String folder, String uri) {
        List<Map<String, Object>> entries = pagesIn(folder);
        if (entries.size() <= LONG_FOLDER) {
            return entries;
        }
        Map<String, Object> page = byUri.get(uri);
        int at = page == null || !folder.equals(page.get("folder")) ? -1 : atInFolder.getOrDefault(uri, -1);
        int from = Math.max(0, at - WINDOW);
        return entries.subList(from, Math.min(entries.size(), Math.max(at, 0) + WINDOW + 1));
    }

    /** The folder's own index page, or null. */
    public synchronized Map<String, Object> landing(String folder) {
        load();
        return byUri.get(folder + "/" + LANDING);
    }

    /** Published pages of a content type, in navigation order, without landing pages. */
    public synchronized List<Map<String, Object>> ofType(String type) {
        load();
        return ofType.computeIfAbsent(type, t -> pages.stream().filter(p -> t.equals(p.get("type")) && !isLanding(p)).toList());
    }

    /**
     * Every content folder with published pages, as a section ({@code folder}, {@code label}), in Danish order of
     * the label: the title of the folder's {@code index.adoc}, or else the folder's name made readable. The
     * templates add those that their own list of sections does not name, so that a new folder gets its section.
     */
    public synchronized List<Map<String, Object>> folders() {
        load();
        if (folders != null) {
            return folders;
        }
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        return folders = pages.stream().map(p -> (String) p.get("folder")).filter(f -> !f.isEmpty()).distinct()
                .map(folder -> Map.<String, Object>of("folder", folder, "label", sectionLabel(folder)))
                .sorted(Comparator.<Map<String, Object>, String>comparing(s -> (String) s.get("label"), danish)
                        .thenComparing(s -> (String) s.get("folder")))
                .toList();
    }

    private String sectionLabel(String folder) {
        Map<String, Object> landing = byUri.get(folder + "/" + LANDING);
        if (landing != null) {
            return (String) landing.get("title");
        }
        String words = folder.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? folder : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public synchronized Map<String, Object> previous(String uri) {
        return neighbour(uri, -1);
    }

    public synchronized Map<String, Object> next(String uri) {
        return neighbour(uri, +1);
    }

    /** Other pages sharing tags with this one, most shared tags first, then in navigation order. */
    @SuppressWarnings("unchecked")
    public synchronized List<Map<String, Object>> related(String uri, int limit) {
        load();
        Map<String, Object> page = byUri.get(uri);
        if (page == null) {
            return List.of();
        }
        List<Map<String, Object>> ranked = relatedByTags.computeIfAbsent(List.of(page.get("tags"), limit),
                key -> sharingTags((List<String>) page.get("tags"), limit + 1));
        return ranked.stream().filter(other -> other != page).limit(limit).toList();
    }

    /**
     * The pages sharing most of these tags, then in navigation order; a page with exactly these tags ranks among
     * them, so one more than wanted is picked, and the page itself left out afterwards.
     */
    private List<Map<String, Object>> sharingTags(List<String> tags, int limit) {
        // Counted by position, and picked without sorting: pages of a big site share tags with most others.
        int[] shared = new int[pages.size()];
        int most = 0;
        for (String tag : tags) {
            for (Map<String, Object> other : byTag.getOrDefault(tag, List.of())) {
                most = Math.max(most, ++shared[(Integer) other.get("position")]);
            }
        }
        List<Map<String, Object>> related = new ArrayList<>();
        for (int count = most; count > 0 && related.size() < limit; count--) {
            for (int position = 0; position < shared.length && related.size() < limit; position++) {
                if (shared[position] == count) {
                    related.add(pages.get(position));
                }
            }
        }
        return related;
    }

    public synchronized int pageCount() {
        load();
        return pages.size();
    }

    private Map<String, Object> neighbour(String uri, int step) {
        load();
        Map<String, Object> page = byUri.get(uri);
        if (page == null || isLanding(page) || (Boolean) page.get("hidden")) {
            return null;
        }
        List<Map<String, Object>> siblings = byFolder.getOrDefault(page.get("folder"), List.of());
        int at = atInFolder.get(uri) + step;
        return at >= 0 && at < siblings.size() ? siblings.get(at) : null;
    }

    private void load() {
        if (pages != null) {
            return;
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (DocumentModel doc : published.get()) {
            if (!NOT_IN_NAVIGATION.contains(doc.getType()) && doc.getUri() != null) {
                all.add(light(doc));
            }
        }
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        all.sort(Comparator.<Map<String, Object>>comparingInt(p -> (Integer) p.get("order"))
                .thenComparing(p -> (String) p.get("title"), danish)
                .thenComparing(p -> (String) p.get("uri")));
        for (int i = 0; i < all.size(); i++) {
            Map<String, Object> page = all.get(i);
            page.put("position", i);
            byUri.put((String) page.get("uri"), page);
            if (!isLanding(page) && !(Boolean) page.get("hidden")) {
                List<Map<String, Object>> folder = byFolder.computeIfAbsent((String) page.get("folder"), f -> new ArrayList<>());
                atInFolder.put((String) page.get("uri"), folder.size());
                folder.add(page);
            }
            @SuppressWarnings("unchecked")
            List<String> tags = (List<String>) page.get("tags");
            for (String tag : tags) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page);
            }
        }
        pages = List.copyOf(all);
    }

    private static Map<String, Object> light(DocumentModel doc) {
        String uri = doc.getUri();
        Map<String, Object> page = new HashMap<>();
        page.put("uri", uri);
        page.put("title", doc.getTitle() == null ? uri : doc.getTitle());
        page.put("type", doc.getType());
        page.put("folder", uri.contains("/") ? uri.substring(0, uri.indexOf('/')) : "");
        Object order = doc.get("order");
        page.put("order", order instanceof Number n ? n.intValue() : Integer.MAX_VALUE);
        page.put("hidden", doc.get("menu") instanceof String menu && HIDDEN.equals(menu.strip()));
        page.put("tags", doc.getTags() == null ? List.of() : List.of(doc.getTags()));
        return page;
    }

    private static boolean isLanding(Map<String, Object> page) {
        String uri = (String) page.get("uri");
        return uri.equals(LANDING) || uri.endsWith("/" + LANDING);
    }
}
