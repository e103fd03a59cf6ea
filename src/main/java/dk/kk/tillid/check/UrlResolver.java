package dk.kk.tillid.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dk.kk.tillid.files.UrlScheme;

/**
 * Resolves a reference the way the URL standard does for a page served over http, so the result is what a
 * browser would request: backslashes count as slashes, tabs and newlines vanish, query and fragment do not
 * name a file, and {@code %2e} is a dot segment.
 */
public final class UrlResolver {

    private UrlResolver() {
    }

    /** What the URL standard does to an attribute value before parsing it (shared with the bake's raw-HTML check). */
    static String clean(String value) {
        return UrlScheme.clean(value);
    }

    /** The lower-case scheme of an absolute URL, if it has one. */
    public static Optional<String> scheme(String cleaned) {
        return UrlScheme.scheme(cleaned);
    }

    /** @param base a {@link Target.Local} document or directory, or a {@link Target.External} from a base element */
    static Target resolve(String value, Target base) {
        String url = clean(value);
        Optional<String> scheme = scheme(url);
        if (scheme.isPresent()) {
            String name = scheme.get();
            return name.equals("http") || name.equals("https") ? new Target.External(url) : new Target.OtherScheme(name, url);
        }
        if (base instanceof Target.External external) {
            return new Target.External(resolveExternal(external.url(), url));
        }
        String path = url;
        String fragment = null;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = path.replace('\\', '/');
        if (path.startsWith("//")) {
            // Scheme-relative: the site's own scheme is unknown offline, and https is what it should be.
            return new Target.External("https:" + url.replace('\\', '/'));
        }
        DecodedPath document = ((Target.Local) base).path();
        return path.isEmpty() ? new Target.Local(document, fragment) : resolvePath(document, path, fragment);
    }

    /** Merges the path with the document's directory, removing dot segments, and decodes each name. */
    private static Target resolvePath(DecodedPath document, String path, String fragment) {
        boolean absolute = path.startsWith("/");
        List<String> names = absolute ? new ArrayList<>() : new ArrayList<>(document.directory());
        String[] segments = (absolute ? path.substring(1) : path).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (isDoubleDot(segment)) {
                if (names.isEmpty()) {
                    return new Target.AboveRoot();
                }
                names.remove(names.size() - 1);
            } else if (!isSingleDot(segment)) {
                Optional<String> name = PercentDecoding.decode(segment);
                if (name.isEmpty()) {
                    return new Target.BadEncoding(segment);
                }
                names.add(name.get());
                continue;
            }
            // A dot segment at the end leaves a directory, as in "../".
            if (i == segments.length - 1) {
                names.add("");
            }
        }
        return new Target.Local(new DecodedPath(names), fragment);
    }

    private static boolean isSingleDot(String segment) {
        return segment.equals(".") || segment.equalsIgnoreCase("%2e");
    }

    private static boolean isDoubleDot(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return lower.equals("..") || lower.equals(".%2e") || lower.equals("%2e.") || lower.equals("%2e%2e");
    }

    /** Behind an external base every relative link is external too; exactness matters less, it is not a file. */
    private static String resolveExternal(String base, String relative) {
        try {
            return new URI(UrlText.escapeForUri(base)).resolve(new URI(UrlText.escapeForUri(relative))).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return base;
        }
    }
}
