package dk.kk.tillid.bake;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages to render are found by their URI when there are 32 or fewer, and picked from every type's list when
 * there are more: on both sides of that limit the renderer gets the same pages, each once and with its own body.
 * The order they come in differs across the limit (source URI order below it, type and list order above it),
 * which changes no page: JBake's renderer finds a page's neighbours in its type's list, not in this one.
 */
class RenderCacheLookupTest {
    /** Pages of two types, dated a day apart back from the report's date (13 February 2013), so no list order ties. */
    private static DocumentModel page(int n, String body) {
        String name = String.format("p%02d", n);
        DocumentModel page = new DocumentModel();
        page.setSourceUri("side/" + name + ".adoc");
        page.setUri("side/" + name + ".html");
        page.setSha1(name + body);
        page.setType(n % 3 == 0 ? "post" : "page");
        page.setStatus("published");
        page.setCached(true);
        page.setTitle(name);
        page.setDate(new Date(1360756800000L - 86_400_000L * n));
        page.setBody(body);
        return page;
    }

    private static String uri(int n) {
        return String.format("side/p%02d.adoc", n);
    }

    private static String body(int n, String edition) {
        return "<p>Side " + n + ", " + edition + " æøå</p>";
    }

    /** What the renderer gets: each page's source URI with its body, in the order handed out. */
    private static List<String> rendered(RenderCache store) {
        List<String> pages = new ArrayList<>();
        for (DocumentModel page : store.getUnrenderedContent()) {
            pages.add(page.getSourceuri() + "=" + page.getBody());
        }
        return pages;
    }

    private static List<String> expected(IntStream pages, String edition) {
        return pages.mapToObj(n -> uri(n) + "=" + body(n, edition)).sorted().toList();
    }

    @Test
    void everyPageStoredInABakeIsRenderedOnceWithItsBodyOnBothSidesOfTheLimit() {
        for (int count : new int[]{1, 31, 32, 33, 40}) {
            RenderCache store = new RenderCache("memory", "render-cache-lookup-all-" + count, false);
            store.startup();
            try {
                for (int n = 0; n < count; n++) {
                    store.addDocument(page(n, body(n, "første")));
                }
                List<String> got = rendered(store);
                assertEquals(expected(IntStream.range(0, count), "første"), got.stream().sorted().toList(), count + " pages");
                if (count <= 32) {
                    assertEquals(got.stream().sorted().toList(), got, count + " pages, looked up by URI: in source URI order");
                }
                assertEquals(got, rendered(store), count + " pages: the same order when asked again");
            } finally {
                store.close();
            }
        }
    }

    @Test
    void onlyThePagesToRenderAreHandedOutOnBothSidesOfTheLimit() {
        for (int wanted : new int[]{0, 1, 32, 33, 39}) {
            RenderCache store = new RenderCache("memory", "render-cache-lookup-only-" + wanted, false);
            store.startup();
            try {
                // From the second page on, so that neither the first nor the last stored is among them.
                Set<String> only = IntStream.range(1, 1 + wanted).mapToObj(n -> "side/p" + String.format("%02d", n) + ".adoc")
                        .collect(Collectors.toCollection(TreeSet::new));
                only.add("side/ikke-gemt.adoc");
                store.renderOnly(only);
                for (int n = 0; n < 41; n++) {
                    store.addDocument(page(n, body(n, "første")));
                }
                assertEquals(expected(IntStream.range(1, 1 + wanted), "første"), rendered(store).stream().sorted().toList(),
                        wanted + " of 41 pages to render");
            } finally {
                store.close();
            }
        }
    }

    @Test
    void aKeptStoreRendersOnlyThePagesStoredAnewEachOnceWithItsNewBody() {
        for (int changed : new int[]{2, 32, 33}) {
            RenderCache store = new RenderCache("memory", "render-cache-lookup-kept-" + changed, true);
            store.startup();
            try {
                for (int n = 0; n < 40; n++) {
                    store.addDocument(page(n, body(n, "første")));
                }
                // The next bake: these pages are read again and stored anew, the others kept from the first.
                Set<String> again = IntStream.range(5, 5 + changed).mapToObj(RenderCacheLookupTest::uri).collect(Collectors.toSet());
                store.bakeAgain(again);
                for (int n = 5; n < 5 + changed; n++) {
                    assertEquals(0, store.getDocumentStatus(uri(n)).size(), uri(n) + " is read again");
                    store.addDocument(page(n, body(n, "anden")));
                }
                List<String> got = rendered(store);
                assertEquals(expected(IntStream.range(5, 5 + changed), "anden"), got.stream().sorted().toList(),
                        changed + " pages stored anew of 40");
            } finally {
                store.dispose();
            }
        }
    }
}
