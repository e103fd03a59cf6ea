package dk.kk.tillid.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds include:: and image references that leave content/ before Asciidoctor sees them. Asciidoctor's SAFE
 * mode keeps includes inside content/ too, but "recovers" such a path into the jail and reports it without a
 * line number. Include paths count from content/ (Asciidoctor's base directory); image paths from the page.
 */
final class IncludeGuard {
    private static final Pattern REFERENCE = Pattern.compile("(include|image)::?([^\\[\\s]+)\\[");

    private IncludeGuard() {
    }

    /** The targets of the include directives, as written; like Asciidoctor, only at the start of a line. */
    static List<String> includes(List<String> lines) {
        List<String> targets = new ArrayList<>();
        for (String line : lines) {
            Matcher m = REFERENCE.matcher(line);
            if (m.lookingAt() && m.group(1).equals("include")) {
                targets.add(m.group(2));
            }
        }
        return targets;
    }

    static List<Diagnostic> check(String name, Path file, Path contentRoot, List<String> lines) {
        List<Diagnostic> problems = new ArrayList<>();
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REFERENCE.matcher(lines.get(i));
            while (m.find()) {
                String target = m.group(2);
                if (target.contains("{") || target.contains("://")) {
                    continue;
                }
                Path from = m.group(1).equals("include") ? contentRoot : dir;
                Path resolved = from.resolve(target).normalize();
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
