package dk.kk.tillid.bake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names that survive as URLs: JBake percent-encodes æ/ø/å in output names inconsistently, so such links 404.
 * File names and tag addresses are made by the one function {@link #address}.
 */
public final class FileNames {
    private static final Pattern CLEAN = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

    private FileNames() {
    }

    public static boolean isClean(String name) {
        return CLEAN.matcher(name).matches();
    }

    /**
     * Words as they may stand in an address: lower case, æ→ae, ø→oe, å→aa, other letters without their
     * accents, anything else (spaces included) to one hyphen. "Sundhed og Omsorg" → "sundhed-og-omsorg".
     */
    public static String address(String words) {
        String lower = words.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The clean file name an editor should use instead: {@link #address} of each part between dots. */
    public static String suggest(String name) {
        return Arrays.stream(name.split("\\.")).map(FileNames::address).filter(part -> !part.isEmpty())
                .collect(Collectors.joining("."));
    }
}
