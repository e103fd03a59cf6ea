package dk.kk.tillid.check;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks every reference of one page, or of the stylesheets the pages lead to, against the files of the site.
 * External links are only collected here; whether to request them is the caller's business. One instance per
 * page, so that a page's outcome can be kept apart from the others' and reused by the next check
 * ({@link ScanCache}) as long as nothing it depends on ({@link Resolved#targets}) changed.
 */
final class ReferenceCheck {

    /** One place an external URL is used. */
    record ExternalUse(String file, Reference reference, String url) {
    }

    /**
     * What resolving one page's references gave.
     *
     * @param findings     problems with its references (not the page's own, which {@link ScannedPage} holds)
     * @param stylesheets  the stylesheets it uses, checked once for the whole site
     * @param targets      what the outcome depends on besides the page itself, as {@link WebRootListing#entries}
     *                     names them: each file reached (whose anchors and meta refresh count too), and each
     *                     directory that had to exist. Without findings, nothing else matters: a file that
     *                     appears can only fix a finding, never make one.
     */
    record Resolved(List<Finding> findings, int references, List<ExternalUse> externalUses, Set<String> stylesheets,
                    Set<String> targets) {
    }

    private static final String INDEX = "index.html";

    private final WebRootListing files;
    private final Function<String, ScannedPage> pages;
    private final List<Finding> findings = new ArrayList<>();
    private final List<ExternalUse> externalUses = new ArrayList<>();
    private final Set<String> stylesheetsSeen = new HashSet<>();
    private final Deque<String> stylesheetsToCheck = new ArrayDeque<>();
    private final Set<String> targets = new HashSet<>();
    private int referenceCount;

    private final String servedPath;

    /** @param pages the site's pages by file, null for a file that is not one */
    private ReferenceCheck(WebRootListing files, Function<String, ScannedPage> pages, String servedPath) {
        this.files = files;
        this.pages = pages;
        this.servedPath = servedPath;
    }

    /** Resolves every reference of {@code page}. */
    static Resolved page(WebRootListing files, Function<String, ScannedPage> pages, String servedPath, ScannedPage page) {
        ReferenceCheck check = new ReferenceCheck(files, pages, servedPath);
        check.checkPage(page);
        return check.resolved();
    }

    /** Checks {@code stylesheets}, and those they import in turn, each once. */
    static Resolved stylesheets(WebRootListing files, Function<String, ScannedPage> pages, String servedPath,
                                Collection<String> stylesheets) throws IOException {
        ReferenceCheck check = new ReferenceCheck(files, pages, servedPath);
        for (String stylesheet : new TreeSet<>(stylesheets)) {
            check.stylesheetsSeen.add(stylesheet);
            check.stylesheetsToCheck.add(stylesheet);
        }
        check.checkStylesheets();
        return check.resolved();
    }

    private Resolved resolved() {
        return new Resolved(List.copyOf(findings), referenceCount, List.copyOf(externalUses), Set.copyOf(stylesheetsSeen),
                Set.copyOf(targets));
    }

    private void checkPage(ScannedPage page) {
        Target document = new Target.Local(DecodedPath.of(page.file()), null);
        Target base = page.baseHref().map(href -> baseFrom(href, document)).orElse(document);
        for (Reference reference : page.references()) {
            if (reference.usage() == Reference.Usage.MAP) {
                checkMap(reference, page);
            } else {
                check(reference, page.file(), reference.usage() == Reference.Usage.BASE ? document : base);
            }
        }
    }

    private void checkStylesheets() throws IOException {
        while (!stylesheetsToCheck.isEmpty()) {
            String file = stylesheetsToCheck.removeFirst();
            Target base = new Target.Local(DecodedPath.of(file), null);
            for (CssReferences.CssUrl url : CssReferences.in(StylesheetText.read(files.toPath(file)))) {
                check(url.toReference(1 + url.lineOffset()), file, base);
            }
        }
    }

    /**
     * The HTML standard falls back to the document's URL for a base that does not parse, and {@code href=""}
     * parses to the document itself; a base that is not hierarchical is ignored too.
     */
    private static Target baseFrom(String href, Target document) {
        String url = UrlResolver.clean(href);
        if (url.isEmpty() || UrlSyntax.failure(url).isPresent()) {
            return document;
        }
        Target base = UrlResolver.resolve(url, document);
        if (base instanceof Target.Local local) {
            return new Target.Local(local.path(), null);
        }
        return base instanceof Target.External ? base : document;
    }

    private void check(Reference reference, String file, Target base) {
        String url = UrlResolver.clean(reference.value());
        if (UrlResolver.scheme(url).filter("data"::equals).isPresent()) {
            return;
        }
        referenceCount++;
        if (url.isEmpty()) {
            // <base href=""> is valid HTML: it parses to the page's own URL, so it changes nothing.
            if (reference.usage() != Reference.Usage.BASE) {
                report(Problem.EMPTY_URL, file, reference, "adressen er tom");
            }
            return;
        }
        if (url.equals("#") && reference.attribute().equals("href")) {
            report(Problem.HASH_ONLY, file, reference, "fører ingen steder hen");
            return;
        }
        Optional<String> failure = UrlSyntax.failure(url);
        if (failure.isPresent()) {
            report(Problem.BAD_URL, file, reference, "ugyldig adresse: " + failure.get());
            return;
        }
        if (url.startsWith(servedPath) && !servedPath.equals("/")) {
            url = url.substring(servedPath.length() - 1);
        }
        Target target = UrlResolver.resolve(url, base);
        if (target instanceof Target.Local local) {
            checkLocal(reference, file, local);
        } else if (target instanceof Target.External external) {
            externalUses.add(new ExternalUse(file, reference, external.url()));
        } else if (target instanceof Target.OtherScheme other) {
            checkScheme(reference, file, other);
        } else if (target instanceof Target.AboveRoot) {
            report(Problem.OUTSIDE_ROOT, file, reference, "går op over webroden");
        } else if (target instanceof Target.BadEncoding bad) {
            report(Problem.BAD_ENCODING, file, reference, "\"" + bad.segment() + "\" er ikke gyldig UTF-8-procentkodning");
        }
    }

    private void checkLocal(Reference reference, String file, Target.Local local) {
        DecodedPath path = withoutEmptyInnerNames(local.path());
        if (reference.usage() == Reference.Usage.BASE || reference.usage() == Reference.Usage.PROMISED) {
            // A PROMISED file the pdf stage writes after the check, or fails the build; only its folder must be there.
            if (!files.isDirectory(path.directory())) {
                report(Problem.MISSING_FILE, file, reference, "mappen " + path.resolveSibling("") + " findes ikke");
            } else {
                targets.add(WebRootListing.directoryEntry(path.directory()));
            }
            return;
        }
        Optional<String> reached = reach(reference, file, path);
        if (reached.isEmpty()) {
            return;
        }
        String target = reached.get();
        targets.add(target);
        if (reference.usage() == Reference.Usage.STYLESHEET && stylesheetsSeen.add(target)) {
            stylesheetsToCheck.add(target);
        }
        ScannedPage page = pages.apply(target);
        if (page == null) {
            return;
        }
        String fragment = local.fragment();
        if (fragment != null && !isTop(fragment) && !page.hasAnchor(fragment)) {
            String where = target.equals(file) ? "på siden" : "i /" + target;
            report(Problem.MISSING_FRAGMENT, file, reference, "#" + fragment + " findes ikke " + where);
        }
        if (page.redirects() && !target.equals(file)) {
            report(Problem.REFRESH_PAGE, file, reference, "/" + target + " sender videre med meta refresh; link direkte til målet");
        }
    }

    /** The file a browser would get, index.html for a directory, or empty after reporting why there is none. */
    private Optional<String> reach(Reference reference, String file, DecodedPath path) {
        if (!path.isDirectory() && files.isFile(path.names())) {
            return Optional.of(path.relative());
        }
        DecodedPath directory = path.asDirectory();
        if (!files.isDirectory(directory.directory())) {
            String nearMiss = files.nearMiss(path.names()).map(name -> "; på disken hedder det \"" + name + "\"").orElse("");
            report(Problem.MISSING_FILE, file, reference, path + " findes ikke" + nearMiss);
            return Optional.empty();
        }
        DecodedPath index = directory.resolveSibling(INDEX);
        if (!files.isFile(index.names())) {
            report(Problem.MISSING_INDEX, file, reference, "mappen " + directory + " har ingen " + INDEX);
            return Optional.empty();
        }
        if (!path.isDirectory()) {
            report(Problem.DIRECTORY_WITHOUT_SLASH, file, reference, path + " er en mappe; skriv / til sidst");
        }
        return Optional.of(index.relative());
    }

    /** A hash-name reference: the HTML standard takes the name after the first '#' and ignores a value without one. */
    private void checkMap(Reference reference, ScannedPage page) {
        referenceCount++;
        String value = reference.value();
        int hash = value.indexOf('#');
        if (hash >= 0) {
            String name = value.substring(hash + 1);
            if (!page.hasMap(name)) {
                report(Problem.MISSING_FRAGMENT, page.file(), reference, "siden har intet <map name=\"" + name + "\">");
            }
        } else {
            String name = value.strip();
            String none = page.hasMap(name) ? "" : "; siden har heller intet <map name=\"" + name + "\">";
            report(Problem.MISSING_FRAGMENT, page.file(), reference,
                    "mangler # foran kortets navn, så browseren bruger intet kort; skriv usemap=\"#" + name + "\"" + none);
        }
    }

    private void checkScheme(Reference reference, String file, Target.OtherScheme other) {
        switch (other.scheme()) {
            case "file" -> report(Problem.FILE_URL, file, reference, "file:-links virker kun på din egen computer");
            case "javascript" -> report(Problem.JAVASCRIPT_URL, file, reference, "javascript:-links virker ikke uden JavaScript; brug en <button>");
            case "mailto" -> {
                if (!ContactUrls.isValidMailto(other.url())) {
                    report(Problem.BAD_MAILTO, file, reference, "ingen gyldig e-mailadresse");
                }
            }
            case "tel" -> {
                ContactUrls.telProblem(other.url()).ifPresent(problem -> report(Problem.BAD_TEL, file, reference, problem));
            }
            default -> {
                // A drive letter parses as a one-letter scheme: C:\Users\… copied from the editor's own disk.
                if (other.scheme().length() == 1) {
                    report(Problem.FILE_URL, file, reference, "en sti på din egen computer virker ikke for andre");
                }
            }
        }
    }

    private void report(Problem problem, String file, Reference reference, String explanation) {
        findings.add(problem.at(file, reference.line(), reference.value(), reference.describe() + ": " + explanation));
    }

    private static boolean isTop(String fragment) {
        return fragment.isEmpty() || fragment.equalsIgnoreCase("top");
    }

    /** Servers treat {@code a//b} as {@code a/b}; only a trailing empty name, the directory mark, matters. */
    private static DecodedPath withoutEmptyInnerNames(DecodedPath path) {
        List<String> names = new ArrayList<>();
        List<String> all = path.names();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isEmpty() || i == all.size() - 1) {
                names.add(all.get(i));
            }
        }
        return new DecodedPath(names);
    }
}
