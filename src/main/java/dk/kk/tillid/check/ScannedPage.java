package dk.kk.tillid.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the check needs from one parsed page, kept instead of the DOM so that a large site fits in memory and
 * each page is parsed only once, whether it links or is linked to.
 *
 * @param file        relative to the web root with '/' separators
 * @param baseHref    the first {@code <base href>}, if any
 * @param anchors     every {@code id} and every {@code <a name>}: what a fragment can point to
 * @param maps        names and ids of {@code <map>} elements, for {@code usemap}
 * @param redirects   whether a meta refresh sends the reader on to another URL
 * @param findings    problems of the page itself: duplicate ids, missing alt texts
 */
record ScannedPage(String file, Optional<String> baseHref, Set<String> anchors, Set<String> maps, boolean redirects,
                   List<Reference> references, List<Finding> findings) {

    boolean hasAnchor(String fragment) {
        return anchors.contains(fragment)
                || PercentDecoding.decode(fragment).filter(anchors::contains).isPresent();
    }

    boolean hasMap(String name) {
        return maps.contains(name);
    }
}
