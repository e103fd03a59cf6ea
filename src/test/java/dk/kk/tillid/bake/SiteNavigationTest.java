package dk.kk.tillid.bake;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What a page shows of the others: "Se også", Forrige/Næste and the side navigation's window, on seeded sites
 * whose pages share few tag lists (as a real site's do), against the rules worked out page by page.
 */
class SiteNavigationTest {
    private static final String[] TAGS = {"tillid", "ledelse", "data", "samarbejde", "borger"};
    private static final String[] FOLDERS = {"programmer", "keynotes", "opslag"};

    private static DocumentModel page(String uri, String title, int order, String menu, String... tags) {
        DocumentModel page = new DocumentModel();
        page.setUri(uri);
        page.setTitle(title);
        page.setType("page");
        page.put("order", order);
        if (menu != null) {
            page.put("menu", menu);
        }
        page.setTags(tags);
        return page;
    }

    private static List<DocumentModel> site(long seed, int pages) {
        Random random = new Random(seed);
        List<DocumentModel> site = new ArrayList<>();
        for (String folder : FOLDERS) {
            site.add(page(folder + "/index.html", "Forside " + folder, 0, null, TAGS[random.nextInt(TAGS.length)]));
        }
        for (int i = 0; i < pages; i++) {
            List<String> tags = new ArrayList<>();
            for (String tag : TAGS) {
                if (random.nextInt(3) == 0) {
                    tags.add(tag);
                }
            }
            String folder = FOLDERS[random.nextInt(FOLDERS.length)];
            site.add(page(folder + "/side-" + i + ".html", "Side " + random.nextInt(pages), random.nextInt(5),
                    random.nextInt(20) == 0 ? "skjul" : null, tags.toArray(String[]::new)));
        }
        return site;
    }

    /**
     * The rule as the templates state it: most shared tags first, then navigation order (jbake-order, Danish title
     * order, address); never the page itself.
     */
    private static List<String> relatedByRule(List<DocumentModel> site, DocumentModel page, int limit) {
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        List<DocumentModel> inOrder = site.stream().sorted(Comparator.<DocumentModel>comparingInt(p -> (Integer) p.get("order"))
                .thenComparing(DocumentModel::getTitle, danish).thenComparing(DocumentModel::getUri)).toList();
        record Scored(DocumentModel page, long shared, int position) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            DocumentModel other = inOrder.get(i);
            long shared = Arrays.stream(page.getTags()).filter(List.of(other.getTags())::contains).count();
            if (other != page && shared > 0) {
                scored.add(new Scored(other, shared, i));
            }
        }
        return scored.stream().sorted(Comparator.comparingLong(Scored::shared).reversed().thenComparingInt(Scored::position))
                .limit(limit).map(s -> s.page().getUri()).toList();
    }

    private static List<String> uris(List<Map<String, Object>> pages) {
        return pages.stream().map(p -> (String) p.get("uri")).toList();
    }

    @Test
    void seeAlsoIsTheMostSharedTagsThenNavigationOrderForEveryPage() {
        for (long seed = 1; seed <= 4; seed++) {
            List<DocumentModel> site = site(seed, 150);
            SiteNavigation navigation = new SiteNavigation(() -> site);
            for (DocumentModel page : site) {
                for (int limit : new int[]{1, 6}) {
                    assertEquals(relatedByRule(site, page, limit), uris(navigation.related(page.getUri(), limit)),
                            "seed " + seed + ", " + page.getUri() + ", " + limit + " pages");
                }
            }
        }
    }

    @Test
    void forrigeNaesteAndTheSideNavigationWindowFollowTheFolderOrder() {
        List<DocumentModel> site = site(7, 300);
        SiteNavigation navigation = new SiteNavigation(() -> site);
        for (String folder : FOLDERS) {
            List<Map<String, Object>> entries = navigation.pagesIn(folder);
            for (int i = 0; i < entries.size(); i++) {
                String uri = (String) entries.get(i).get("uri");
                assertEquals(i == 0 ? null : entries.get(i - 1), navigation.previous(uri), uri);
                assertEquals(i == entries.size() - 1 ? null : entries.get(i + 1), navigation.next(uri), uri);
                assertEquals(entries.subList(Math.max(0, i - 10), Math.min(entries.size(), i + 11)),
                        navigation.listedIn(folder, uri), uri);
                // Listed from another folder's page, a long folder shows its start.
                String other = FOLDERS[(List.of(FOLDERS).indexOf(folder) + 1) % FOLDERS.length];
                assertEquals(navigation.pagesIn(other).subList(0, 11), navigation.listedIn(other, uri), uri + " in " + other);
            }
        }
        for (DocumentModel doc : site) {
            if ("skjul".equals(doc.get("menu")) || doc.getUri().endsWith("/index.html")) {
                assertNull(navigation.previous(doc.getUri()), doc.getUri());
                assertNull(navigation.next(doc.getUri()), doc.getUri());
            }
        }
    }
}
