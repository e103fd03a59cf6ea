package dk.kk.tillid.bake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names that survive as URLs: JBake percent-encodes æ/ø/å in output names inconsistently, so such links 404.
 */
public final class FileNames {
    private static final Pattern CLEAN = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private FileNames() {
    }

    public static boolean isClean(String name) {
        return CLEAN.matcher(name).matches();
    }

    /** The clean name an editor should use instead: æ→ae, ø→oe, å→aa, everything else to hyphens. */
    public static String suggest(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9.]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}
