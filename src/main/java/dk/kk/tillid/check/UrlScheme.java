package dk.kk.tillid.check;

import java.util.Optional;

/** The scheme a browser sees in an attribute value, for stages that judge URLs before the site is written. */
public final class UrlScheme {

    private UrlScheme() {
    }

    /**
     * The lower-case scheme of a decoded attribute value (character references already resolved), after the
     * URL standard has trimmed C0 controls and spaces and dropped tabs and newlines; empty for a relative URL.
     */
    public static Optional<String> of(String attributeValue) {
        return UrlResolver.scheme(UrlResolver.clean(attributeValue));
    }
}
