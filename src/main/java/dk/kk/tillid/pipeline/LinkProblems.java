package dk.kk.tillid.pipeline;

import dk.kk.tillid.bake.Diagnostic;
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
        String file = finding.file();
        int line = finding.line();
        if (finding.source() != null) {
            int colon = finding.source().lastIndexOf(':');
            boolean hasLine = colon > 0 && finding.source().substring(colon + 1).matches("\\d+");
            file = hasLine ? finding.source().substring(0, colon) : finding.source();
            line = hasLine ? Integer.parseInt(finding.source().substring(colon + 1)) : 0;
        }
        String where = " (på siden " + finding.file() + ":" + finding.line() + ")";
        String fix = "Ret linket eller ankeret, så det peger på en side eller et afsnit, der findes.";
        String message = finding.message();
        if (finding.kind().equals("missing-file")) {
            String target = target(finding.file(), finding.value());
            Path draft = drafts.get(target);
            if (draft != null) {
                message = "Linket " + finding.value() + " peger på en kladde (" + projectRoot.toAbsolutePath().normalize().relativize(draft.toAbsolutePath().normalize()).toString().replace('\\', '/')
                        + " har :jbake-status: draft), som ikke udgives.";
                fix = "Udgiv siden med :jbake-status: published, eller fjern linket, til siden er klar.";
            }
        }
        return finding.isError()
                ? Diagnostic.error(file, line, message + where, fix)
                : Diagnostic.warning(file, line, message + where, fix);
    }

    /** The page a link leads to, as a path from the site root; the query and fragment do not name a file. */
    private static String target(String page, String value) {
        String path = value.replaceAll("[?#].*$", "");
        Path resolved = path.startsWith("/") ? Path.of(path.substring(1)) : Path.of(page).resolveSibling(path);
        return resolved.normalize().toString().replace('\\', '/');
    }
}
