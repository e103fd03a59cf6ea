package dk.kk.tillid.project;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The site's public address, {@code site.host} in jbake.properties (for example {@code https://host/tillid/}):
 * sitemap.xml lists pages under it, and the 404 page, which a web server shows at any depth, links by its path.
 * Every other page links relatively, so the site works under any path and from a file share.
 */
public final class PublicAddress {
    public static final String KEY = "site.host";

    private PublicAddress() {
    }

    /** The path of an absolute http(s) address, ending in '/', or empty when the address is not one. */
    public static Optional<String> path(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(path.endsWith("/") ? path : path + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path the project's site is published under, as the 404 page links it ("/" when not set or not valid). */
    public static String path(Path projectRoot) {
        return Project.at(projectRoot).setting(KEY).flatMap(PublicAddress::path).orElse("/");
    }
}
