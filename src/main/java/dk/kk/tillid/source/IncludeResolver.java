package dk.kk.tillid.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an {@code include::} goes, by Asciidoctor's rule as the bake runs it: the bake sets Asciidoctor's base
 * directory to content/, so a page's own includes count from content/, while an include inside an included
 * file counts from that file's folder (Asciidoctor's preprocessor moves its directory to each included file).
 * The bake's guard, the preview's include tracking and the source map all ask here.
 */
public final class IncludeResolver {
    /** Asciidoctor's IncludeDirectiveRx: at the start of a line, no blank at either end of the target. */
    private static final Pattern DIRECTIVE = Pattern.compile("include::([^\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(.*)]");

    private final Path contentRoot;

    public IncludeResolver(Path contentRoot) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    public Path contentRoot() {
        return contentRoot;
    }

    /** An include directive: its 1-based line, its target as written and what is inside its brackets. */
    public record Include(int line, String target, String attributes) {
    }

    /** The include directive on a line, as Asciidoctor's preprocessor sees it (trailing blanks ignored). */
    public static Optional<Include> directive(int lineNumber, String line) {
        Matcher m = DIRECTIVE.matcher(line.stripTrailing());
        return m.matches() ? Optional.of(new Include(lineNumber, m.group(1), m.group(2))) : Optional.empty();
    }

    /** Every include directive in a file's lines. */
    public static List<Include> directives(List<String> lines) {
        List<Include> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            directive(i + 1, lines.get(i)).ifPresent(found::add);
        }
        return found;
    }

    /** The file an include written in a page names; empty when only Asciidoctor can tell. */
    public Optional<Path> fromPage(String target) {
        return resolve(contentRoot, target);
    }

    /** The file an include written in the included file {@code included} names; empty when only Asciidoctor can tell. */
    public Optional<Path> fromIncluded(Path included, String target) {
        return resolve(included.toAbsolutePath().normalize().getParent(), target);
    }

    private static Optional<Path> resolve(Path base, String target) {
        // An attribute reference needs Asciidoctor's document state; a URL is refused in SAFE mode anyway.
        if (target.contains("{") || target.contains("://")) {
            return Optional.empty();
        }
        return Optional.of(base.resolve(target).normalize());
    }
}
