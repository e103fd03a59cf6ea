package dk.kk.tillid.bake;

import java.nio.file.Path;
import java.util.Set;

/**
 * What a preview bake does on top of the one being served: the pages to convert and render again (output
 * paths: those whose source changed, and those that include a changed file); every other page, the tag pages
 * and the sitemap are kept, copied from {@code keptSite}. Made by {@link BakeSession} when only page text
 * changed, carried out by {@link SiteBaker}, which renders every page after all when a converted page's header
 * (what other pages show of it) turns out to have changed. A bake without a plan converts and renders everything.
 */
record BakePlan(Set<String> convert, Path keptSite) {
    BakePlan {
        convert = Set.copyOf(convert);
    }
}
