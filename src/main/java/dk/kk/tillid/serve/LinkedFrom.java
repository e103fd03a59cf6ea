package dk.kk.tillid.serve;

import dk.kk.tillid.files.Sha256;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which pages link to each page of the site, for the list the preview adds to every page it answers. Only links
 * in a page's own text count, the menu and the footer link every page to the others. The link check's parse
 * keeps no note of where on a page a link stands, so pages are parsed here once more, each only when it changed.
 */
final class LinkedFrom {
    static final String HEADING = "Sider der linker hertil";
    private static final String NONE = "Ingen andre sider linker hertil.";
    /** What the layout wraps a page's own text in. */
    private static final String OWN_TEXT = ".content-body";
    private static final URI BASE = URI.create("http://preview.invalid/");

    /** A page that links to another, by its path from the site root and the title its readers see. */
    record Link(String page, String title) {
    }

    private record Parsed(byte[] digest, String title, Set<String> targets) {
    }

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** For each of {@code pages} (paths from the root of {@code site}), the others that link to it, by title. */
    Map<String, List<Link>> of(Path site, Collection<String> pages) throws IOException {
        Set<String> all = Set.copyOf(pages.stream().filter(page -> Files.isRegularFile(site.resolve(page))).toList());
        parsed.keySet().retainAll(all);
        try {
            all.parallelStream().forEach(page -> parse(site, page));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, List<Link>> linkedFrom = new TreeMap<>();
        all.forEach(page -> linkedFrom.put(page, new ArrayList<>()));
        for (String page : new TreeSet<>(all)) {
            Parsed from = parsed.get(page);
            for (String target : from.targets()) {
                if (!target.equals(page) && linkedFrom.containsKey(target)) {
                    linkedFrom.get(target).add(new Link(page, from.title()));
                }
            }
        }
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        linkedFrom.values().forEach(links -> links.sort(Comparator.comparing(Link::title, danish).thenComparing(Link::page)));
        return linkedFrom;
    }

    private void parse(Path site, String page) {
        try {
            byte[] bytes = Files.readAllBytes(site.resolve(page));
            byte[] digest = Sha256.of(bytes);
            Parsed earlier = parsed.get(page);
            if (earlier != null && MessageDigest.isEqual(earlier.digest(), digest)) {
                return;
            }
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            Element h1 = doc.selectFirst("h1");
            String title = h1 != null ? h1.text() : doc.title();
            Set<String> targets = new TreeSet<>();
            for (Element link : doc.select(OWN_TEXT + " a[href]")) {
                target(page, link.attr("href")).ifPresent(targets::add);
            }
            parsed.put(page, new Parsed(digest, title.isBlank() ? page : title, Set.copyOf(targets)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of the site a link leads to; query and fragment name no page. */
    static Optional<String> target(String page, String href) {
        URI resolved;
        try {
            resolved = BASE.resolve(page).resolve(href.strip());
        } catch (IllegalArgumentException e) {
            // Not a URL at all: the link check reports it.
            return Optional.empty();
        }
        if (!BASE.getScheme().equals(resolved.getScheme()) || !BASE.getHost().equals(resolved.getHost())
                || resolved.getPath() == null || resolved.getPath().contains("/../")) {
            return Optional.empty();
        }
        String path = resolved.getPath().substring(1);
        return Optional.of(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }

    /** The list as the preview shows it at the end of the page's main content. */
    static String html(List<Link> links) {
        StringBuilder html = new StringBuilder("<aside class=\"see-also preview-linked-from no-index\" aria-labelledby=\"preview-linked-from\">"
                + "<h2 id=\"preview-linked-from\">" + HEADING + "</h2>");
        if (links.isEmpty()) {
            html.append("<p>").append(NONE).append("</p>");
        } else {
            html.append("<ul>");
            for (Link link : links) {
                html.append("<li><a href=\"/").append(Entities.escape(link.page())).append("\">")
                        .append(Entities.escape(link.title())).append("</a></li>");
            }
            html.append("</ul>");
        }
        return html.append("</aside>").toString();
    }
}
