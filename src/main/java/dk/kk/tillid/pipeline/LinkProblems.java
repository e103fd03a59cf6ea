package dk.kk.tillid.pipeline;

import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.bake.NearName;
import dk.kk.tillid.check.Finding;

import java.nio.file.Path;
import java.util.Map;

/**
 * A finding of the link check told as a problem in the source, the way the bake tells its own: the AsciiDoc
 * file and line first (the baked page in brackets), and what to do.
 */
final class LinkProblems {
    private LinkProblems() {
    }

    /** @param drafts page to source of every draft, so that a link to one says why the page is missing */
    static Diagnostic asDiagnostic(Finding finding, Path projectRoot, Map<String, Path> drafts) {
        return asDiagnostic(finding, projectRoot, drafts, java.util.Set.of());
    }

    /** @param pages the published pages, for "mente du …?" when a link's target is mistyped */
    static Diagnostic asDiagnostic(Finding finding, Path projectRoot, Map<String, Path> drafts, java.util.Set<String> pages) {
        String where = " (på siden " + finding.page() + ")";
        String fix = "Ret linket eller ankeret, så det peger på en side eller et afsnit, der findes.";
        String message = finding.message();
        if (finding.kind().equals("missing-file")) {
            String target = target(finding.file(), finding.value());
            Path draft = drafts.get(target);
            if (finding.message().startsWith("src=")) {
                message = "Billedet " + finding.value() + " findes ikke.";
                fix = "Ret stien i image::, regnet fra sidens mappe, eller læg billedet under content/.";
            } else if (finding.message().startsWith("href=")) {
                String meant = NearName.of(target, pages).map(page -> " Mente du xref:" + relative(finding.file(), page)
                        .replaceFirst("\\.html$", ".adoc") + "[…]?").orElse("");
                message = "Linket (xref: eller link:) til " + finding.value() + " peger på en side, der ikke findes." + meant;
                fix = "Ret stien i xref:, så den peger på en .adoc-fil under content/, regnet fra sidens mappe, eller opret siden.";
            }
            if (draft != null) {
                message = "Linket " + finding.value() + " peger på en kladde (" + projectRoot.toAbsolutePath().normalize().relativize(draft.toAbsolutePath().normalize()).toString().replace('\\', '/')
                        + " har :jbake-status: draft), som ikke udgives.";
                fix = "Udgiv siden med :jbake-status: published, eller fjern linket, til siden er klar.";
            }
        }
        if (finding.kind().equals("refresh-page")) {
            // The page exists (a renamed page's old address): the generic fix would send the editor looking for a missing one.
            fix = "Ret xref: eller link:, så det peger direkte på den side, den gamle adresse sender videre til.";
        }
        if (finding.kind().equals("missing-fragment")) {
            String fragment = finding.value().substring(finding.value().indexOf('#') + 1);
            message = "Linket (xref:) til " + finding.value() + " peger på et afsnit, der ikke findes (intet [#" + fragment
                    + "] på siden).";
            fix = "Ret id'et efter # i xref:, eller sæt [#id] over det afsnit, der skal linkes til.";
        }
        return new Diagnostic(finding.severity(), finding.where(), message + where, fix);
    }

    /** {@code page} as a link from {@code from}'s folder. */
    private static String relative(String from, String page) {
        Path folder = Path.of(from).getParent();
        return (folder == null ? Path.of(page) : folder.relativize(Path.of(page))).toString().replace('\\', '/');
    }

    /** The page a link leads to, as a path from the site root; the query and fragment do not name a file. */
    private static String target(String page, String value) {
        String path = value.replaceAll("[?#].*$", "");
        Path resolved = path.startsWith("/") ? Path.of(path.substring(1)) : Path.of(page).resolveSibling(path);
        return resolved.normalize().toString().replace('\\', '/');
    }
}
