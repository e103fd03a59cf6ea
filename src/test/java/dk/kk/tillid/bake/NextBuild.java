package dk.kk.tillid.bake;

import dk.kk.tillid.publish.SiteDirectories;

import java.nio.file.Path;

/**
 * The bake stage as {@code build} runs it: a new baker, which knows only what earlier builds left on disk (as a
 * new process does), bakes into a staging folder beside the site, the staging folder replaces the site, and
 * the baker records that site for the next build.
 */
final class NextBuild {
    /** Whether the last {@link #into} ran JBake's crawl; one that renders only changed pages does not. */
    static boolean crawled;
    /** What the last {@link #into} told the stages after the bake ({@link SiteBaker#whenChangedPagesOnly}), in order. */
    static final java.util.List<String> told = new java.util.ArrayList<>();

    private NextBuild() {
    }

    static BakeResult into(Path project, Path site) throws Exception {
        return into(project, site, line -> { });
    }

    /** @param notices where the baker tells why it cannot build on the last build */
    static BakeResult into(Path project, Path site, java.util.function.Consumer<String> notices) throws Exception {
        told.clear();
        SiteBaker baker = new SiteBaker(project, true).withNotices(notices)
                .whenChangedPagesOnly(() -> told.add("changed pages only"), () -> told.add("more after all"));
        Path staged = SiteDirectories.stagingFor(site);
        try {
            BakeResult result = baker.bake(staged, site);
            crawled = baker.crawled();
            SiteDirectories.replace(staged, site);
            baker.keep(site);
            return result;
        } finally {
            SiteDirectories.deleteTree(staged);
        }
    }
}
