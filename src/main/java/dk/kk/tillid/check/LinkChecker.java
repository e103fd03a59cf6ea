package dk.kk.tillid.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, ScannedPage> pages = scan(files);
        ReferenceCheck check = new ReferenceCheck(files, pages, servedPath);
        pages.values().forEach(check::checkPage);
        check.checkStylesheets();
        List<Finding> findings = new ArrayList<>(check.findings());
        if (external != null) {
            findings.addAll(checkOnline(check.externalUses()));
        }
        if (sourceMap != null) {
            findings = sourceMap.locateAll(findings);
        }
        return new CheckReport(findings, pages.size(), check.referenceCount(), check.externalUses().size());
    }

    /** Parsing is most of the work, so pages are parsed in parallel, each once. */
    private Map<String, ScannedPage> scan(WebRootListing files) throws IOException {
        Map<String, ScannedPage> scanned;
        if (cache != null) {
            cache.load();
        }
        try {
            scanned = files.pages().parallelStream()
                    .map(page -> scanPage(files, page))
                    .collect(Collectors.toMap(ScannedPage::file, Function.identity()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (cache != null) {
            cache.keepOnly(scanned.keySet());
            cache.store();
        }
        return scanned;
    }

    private ScannedPage scanPage(WebRootListing files, String page) {
        try {
            return cache != null ? cache.scan(files.toPath(page), page, files.stamp(page)) : PageScanner.scan(files.toPath(page), page);
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
