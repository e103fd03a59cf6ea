package dk.kk.tillid.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a directory of static HTML as a web server would serve it: every page, whether linked or not, and
 * every stylesheet they use. Offline unless {@link #withExternal} asks for the web.
 */
public final class LinkChecker {

    private final Path webRoot;
    private final SourceLocator sourceMap;
    private final ExternalOptions external;
    private final ScanCache cache;
    private String servedPath = "/";

    /** @param webRoot served as the site's root, so {@code /x} means {@code webRoot/x} */
    public LinkChecker(Path webRoot) {
        this(webRoot, null, null, null);
    }

    private LinkChecker(Path webRoot, SourceLocator sourceMap, ExternalOptions external, ScanCache cache) {
        this.webRoot = webRoot;
        this.sourceMap = sourceMap;
        this.external = external;
        this.cache = cache;
    }

    /** Also names the source file and line behind each finding on a page made from one. */
    public LinkChecker withSourceMap(SourceLocator map) {
        return new LinkChecker(webRoot, map, external, cache);
    }

    /** Also requests every http(s) link. */
    public LinkChecker withExternal(ExternalOptions options) {
        return new LinkChecker(webRoot, sourceMap, options, cache);
    }

    /** Reuses what an earlier check of the same pages parsed, for pages whose content is unchanged. */
    public LinkChecker withScanCache(ScanCache scanned) {
        return new LinkChecker(webRoot, sourceMap, external, scanned);
    }

    /**
     * The path a web server shows the site under ({@code /tillid/}): a link to {@code /tillid/x} means
     * {@code webRoot/x}. Only the 404 page, which the server shows at any depth, links that way.
     */
    public LinkChecker withServedPath(String path) {
        LinkChecker checker = new LinkChecker(webRoot, sourceMap, external, cache);
        checker.servedPath = path;
        return checker;
    }

    public CheckReport run() throws IOException {
        WebRootListing files = WebRootListing.index(webRoot);
        Map<String, ScanCache.Scanned> pages = scan(files);
        Function<String, ScannedPage> lookup = page -> {
            ScanCache.Scanned scanned = pages.get(page);
            return scanned == null ? null : scanned.page().get();
        };
        Set<String> entries = cache != null ? files.entries() : null;
        // Without a cache, or with --external (which needs every use of every URL), every page is resolved.
        Set<String> changedTargets = cache != null && external == null ? cache.changedTargets(entries, servedPath) : null;
        List<String> names = new ArrayList<>(pages.keySet());
        names.sort(null);
        List<ScanCache.Outcome> kept = new ArrayList<>(names.size());
        List<String> toResolve = new ArrayList<>();
        for (String name : names) {
            ScanCache.Outcome outcome = changedTargets == null ? null : pages.get(name).outcome();
            if (outcome != null && !changedTargets.isEmpty() && !Collections.disjoint(outcome.targets().get(), changedTargets)) {
                outcome = null;
            }
            kept.add(outcome);
            if (outcome == null) {
                toResolve.add(name);
            }
        }
        List<ReferenceCheck.Resolved> resolved;
        try {
            resolved = toResolve.parallelStream()
                    .map(name -> ReferenceCheck.page(files, lookup, servedPath, lookup.apply(name)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }

        List<Finding> findings = new ArrayList<>();
        List<ReferenceCheck.ExternalUse> externalUses = new ArrayList<>();
        Set<String> stylesheets = new HashSet<>();
        int references = 0;
        int externals = 0;
        int next = 0;
        for (int i = 0; i < names.size(); i++) {
            ScanCache.Outcome outcome = kept.get(i);
            if (outcome != null) {
                // Kept only for a page that had no findings of its own either.
                references += outcome.references();
                externals += outcome.externals();
                stylesheets.addAll(outcome.stylesheets());
                continue;
            }
            String name = names.get(i);
            ReferenceCheck.Resolved page = resolved.get(next++);
            List<Finding> own = lookup.apply(name).findings();
            findings.addAll(own);
            findings.addAll(page.findings());
            references += page.references();
            externals += page.externalUses().size();
            externalUses.addAll(page.externalUses());
            stylesheets.addAll(page.stylesheets());
            if (cache != null) {
                cache.resolved(name, page, own.isEmpty() && page.findings().isEmpty());
            }
        }
        ReferenceCheck.Resolved css = ReferenceCheck.stylesheets(files, lookup, servedPath, stylesheets);
        findings.addAll(css.findings());
        references += css.references();
        externals += css.externalUses().size();
        externalUses.addAll(css.externalUses());
        if (cache != null) {
            cache.store(entries, servedPath);
        }

        if (external != null) {
            findings.addAll(checkOnline(externalUses));
        }
        if (sourceMap != null) {
            findings = sourceMap.locateAll(findings);
        }
        return new CheckReport(findings, pages.size(), references, externals);
    }

    /** Parsing is most of the work, so pages are parsed in parallel, each once. */
    private Map<String, ScanCache.Scanned> scan(WebRootListing files) throws IOException {
        if (cache != null) {
            cache.load();
        }
        Map<String, ScanCache.Scanned> scanned;
        try {
            scanned = files.pages().parallelStream()
                    .collect(Collectors.toMap(Function.identity(), page -> scanPage(files, page)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (cache != null) {
            cache.keepOnly(scanned.keySet());
        }
        return scanned;
    }

    private ScanCache.Scanned scanPage(WebRootListing files, String page) {
        try {
            if (cache != null) {
                return cache.scanned(files.toPath(page), page, files.stamp(page));
            }
            ScannedPage parsed = PageScanner.scan(files.toPath(page), page);
            return new ScanCache.Scanned(null, null, () -> parsed, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Finding> checkOnline(List<ReferenceCheck.ExternalUse> uses) throws IOException {
        Map<String, List<ReferenceCheck.ExternalUse>> usesByUrl = new LinkedHashMap<>();
        for (ReferenceCheck.ExternalUse use : uses) {
            usesByUrl.computeIfAbsent(withoutFragment(use.url()), url -> new ArrayList<>()).add(use);
        }
        Map<String, ExternalLinks.Status> statuses = new ExternalLinks(external).check(usesByUrl.keySet());
        List<Finding> findings = new ArrayList<>();
        usesByUrl.forEach((url, urlUses) -> {
            ExternalLinks.Status status = statuses.get(url);
            if (status.problem() != null) {
                for (ReferenceCheck.ExternalUse use : urlUses) {
                    Reference reference = use.reference();
                    findings.add(status.problem().at(use.file(), reference.line(), reference.value(),
                            reference.describe() + ": " + status.explanation()));
                }
            }
        });
        return findings;
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
