package dk.kk.tillid.serve;

import dk.kk.tillid.cache.CachedConversion;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.cache.ToolFingerprint;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
    /** What a kept file of parses says it holds: page to digest, title and the pages it links to. */
    private static final String FORMAT = "1";

    /** A page that links to another, by its path from the site root and the title its readers see. */
    record Link(String page, String title) {
    }

    private record Parsed(byte[] digest, String title, Set<String> targets) {
    }

    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    /**
     * The file each parse was last read from, in this process: a page the bake kept is a hard link to the file
     * read last time, so its identity, size and time stamp are unchanged and it is not read or hashed again (at
     * 1000 pages that was a seventh of a save's work); a page rendered again is a new file.
     */
    private final Map<String, List<Object>> readFrom = new ConcurrentHashMap<>();
    /** How old a file must be for its stamp to stand for its content. */
    static final long SETTLED_MS = 2000;
    /** Where the parses outlive the process, for the next preview's first bake; null: kept in memory only. */
    private final StateFile kept;
    /**
     * The build of the tool the parses are of: another build may read pages differently (what counts as a page's
     * own text, its title), so its parses are made again. Worked out when first needed, as the cache's own is.
     */
    private final Supplier<String> tool;
    private boolean loaded;
    /** Whether a page was parsed or dropped since the parses were last kept. */
    private volatile boolean changed;
    /** Whether a page's title or links, or the set of pages, changed since {@link #lists} was made. */
    private volatile boolean listsChanged = true;
    /**
     * The lists last made, with the pages they are of: a save mostly changes a page's text, not its title or
     * links, and then every list is the one made before (making them all again was a tenth of a save at 1000 pages).
     */
    private Map<String, List<Link>> lists;
    private Set<String> listed;

    LinkedFrom() {
        this(null);
    }

    /**
     * @param kept where to keep the parses between processes: a preview started after a {@code build} with
     *             nothing changed parses no page, and jsoup, cold in a new JVM, is not even loaded
     */
    LinkedFrom(StateFile kept) {
        this(kept, ToolFingerprint::current);
    }

    /** @param tool the fingerprint of the tool's build, which a kept file must name to be used */
    LinkedFrom(StateFile kept, Supplier<String> tool) {
        this.kept = kept;
        this.tool = tool;
    }

    /** What a kept file of parses made by the tool build {@code tool} names as its inputs. */
    static Map<String, String> format(String tool) {
        return Map.of("linked-from", FORMAT, "tool", tool);
    }

    /** For each of {@code pages} (paths from the root of {@code site}), the others that link to it, by title. */
    Map<String, List<Link>> of(Path site, Collection<String> pages) throws IOException {
        Set<String> all = Set.copyOf(pages.stream().filter(page -> Files.isRegularFile(site.resolve(page))).toList());
        load();
        changed |= parsed.keySet().retainAll(all);
        readFrom.keySet().retainAll(all);
        try {
            all.parallelStream().forEach(page -> parse(site, page));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!listsChanged && all.equals(listed)) {
            return lists;
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
        // Each title's collation key made once: comparing with the collator itself was most of this at 1000 pages.
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        Map<String, CollationKey> keys = new HashMap<>();
        Comparator<Link> order = Comparator.comparing((Link link) -> keys.computeIfAbsent(link.title(), danish::getCollationKey))
                .thenComparing(Link::page);
        linkedFrom.values().forEach(links -> links.sort(order));
        linkedFrom.replaceAll((page, links) -> List.copyOf(links));
        lists = java.util.Collections.unmodifiableMap(linkedFrom);
        listed = all;
        listsChanged = false;
        return lists;
    }

    /**
     * Writes the parses for the next process, if any changed since they were last written: called by the preview
     * once the new site is shown, as the file holds every page's parse (the next start only parses more without it).
     */
    void keep() {
        store();
    }

    private void parse(Path site, String page) {
        try {
            Path file = site.resolve(page);
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            List<Object> identity = attributes.fileKey() == null ? null
                    : List.of(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            Parsed earlier = parsed.get(page);
            if (earlier != null && identity != null && identity.equals(readFrom.get(page))) {
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            byte[] digest = Sha256.of(bytes);
            // A file written in place within the file system's clock tick of this read keeps its stamp: trusted
            // only when it was older than that by far (as git treats its index).
            if (identity != null && attributes.lastModifiedTime().toMillis() < System.currentTimeMillis() - SETTLED_MS) {
                readFrom.put(page, identity);
            } else {
                readFrom.remove(page);
            }
            if (earlier != null && MessageDigest.isEqual(earlier.digest(), digest)) {
                return;
            }
            changed = true;
            Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
            Element h1 = doc.selectFirst("h1");
            String title = h1 != null ? h1.text() : doc.title();
            Set<String> targets = new TreeSet<>();
            for (Element link : doc.select(OWN_TEXT + " a[href]")) {
                target(page, link.attr("href")).ifPresent(targets::add);
            }
            Parsed now = new Parsed(digest, title.isBlank() ? page : title, Set.copyOf(targets));
            parsed.put(page, now);
            if (earlier == null || !earlier.title().equals(now.title()) || !earlier.targets().equals(now.targets())) {
                listsChanged = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parses an earlier process kept, once; a damaged or other version's file is as good as none. */
    private void load() {
        if (loaded || kept == null) {
            return;
        }
        loaded = true;
        kept.read().filter(record -> format(tool.get()).equals(record.inputs())).ifPresent(record -> {
            try {
                record.model().forEach((page, value) -> {
                    List<?> fields = (List<?>) value;
                    Set<String> targets = new TreeSet<>();
                    fields.subList(2, fields.size()).forEach(target -> targets.add((String) target));
                    parsed.put(page, new Parsed(HexFormat.of().parseHex((String) fields.get(0)), (String) fields.get(1),
                            Set.copyOf(targets)));
                });
            } catch (RuntimeException e) {
                // Of the right checksum but not of this shape: parse every page again.
                parsed.clear();
            }
        });
    }

    private void store() {
        if (kept == null || !changed) {
            return;
        }
        changed = false;
        Map<String, Object> model = new TreeMap<>();
        parsed.forEach((page, parse) -> {
            List<Object> fields = new ArrayList<>(List.of(HexFormat.of().formatHex(parse.digest()), parse.title()));
            fields.addAll(new TreeSet<>(parse.targets()));
            model.put(page, fields);
        });
        kept.write(new CachedConversion(format(tool.get()), List.of(), model));
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
