package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;

import dk.kk.tillid.source.IncludeResolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds include:: and image references that leave content/ before Asciidoctor sees them. Asciidoctor's SAFE
 * mode keeps includes inside content/ too, but "recovers" such a path into the jail and reports it without a
 * line number. Include paths go where {@link IncludeResolver} says (from content/ in a page); image paths count
 * from the page.
 */
final class IncludeGuard {
    private static final Pattern REFERENCE = Pattern.compile("(include|image)::?([^\\[\\s]+)\\[");

    private IncludeGuard() {
    }

    static List<Diagnostic> check(String name, Path file, IncludeResolver includes, List<String> lines) {
        List<Diagnostic> problems = new ArrayList<>();
        Path contentRoot = includes.contentRoot();
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REFERENCE.matcher(lines.get(i));
            while (m.find()) {
                String target = m.group(2);
                if (target.contains("{") || target.contains("://")) {
                    continue;
                }
                Path resolved = m.group(1).equals("include")
                        ? includes.fromPage(target).orElseThrow()
                        : dir.resolve(target).normalize();
                if (!resolved.startsWith(contentRoot)) {
                    String what = m.group(1).equals("include") ? "inkluderer" : "viser billedet";
                    problems.add(Diagnostic.error(name, i + 1,
                            "Linjen " + what + " '" + target + "', som ligger uden for content/.",
                            m.group(1).equals("include")
                                    ? "Læg filen under content/ og skriv stien fra content/, fx include::rapport/fil.adoc[tag=navn]."
                                    : "Læg billedet under content/ og henvis til det med en sti fra siden."));
                }
            }
        }
        return problems;
    }
}
