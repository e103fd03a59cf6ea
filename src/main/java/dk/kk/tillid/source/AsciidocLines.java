package dk.kk.tillid.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an AsciiDoc file as Asciidoctor would read them: {@code include::} directives replaced by the
 * lines they pull in (only the tagged regions when tags are named), comments left out, since a link there
 * never reaches the page. Includes go where {@link IncludeResolver} says.
 */
final class AsciidocLines {

    private static final Pattern TAGS = Pattern.compile("(?:^|,)\\s*tags?\\s*=\\s*\"?([^\",]*)\"?");
    private static final Pattern TAG_MARK = Pattern.compile("\\b(tag|end)::([\\w-]+)\\[]");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("/{4,}\\s*");
    /** Asciidoctor's own limit on nested includes; it also ends a file that includes itself. */
    private static final int MAX_DEPTH = 64;

    private final IncludeResolver includes;
    private final List<SourceLine> lines = new ArrayList<>();

    private AsciidocLines(IncludeResolver includes) {
        this.includes = includes;
    }

    /** The lines of the page {@code file}, or none if it cannot be read. */
    static List<SourceLine> of(Path file, IncludeResolver includes) {
        AsciidocLines reader = new AsciidocLines(includes);
        reader.read(file, Set.of(), 0);
        return reader.lines;
    }

    private void read(Path file, Set<String> tags, int depth) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        boolean inComment = false;
        Deque<String> openTags = new ArrayDeque<>();
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (COMMENT_BLOCK.matcher(line).matches()) {
                inComment = !inComment;
                continue;
            }
            if (inComment) {
                continue;
            }
            // Before the comment test: tag markers are usually written as comments.
            if (!tags.isEmpty() && followTags(line, openTags)) {
                continue;
            }
            if (line.startsWith("//")) {
                continue;
            }
            if (!tags.isEmpty() && openTags.stream().noneMatch(tags::contains)) {
                continue;
            }
            Optional<IncludeResolver.Include> include = IncludeResolver.directive(i + 1, line);
            if (include.isPresent()) {
                readInclude(file, include.get(), depth);
            } else {
                lines.add(new SourceLine(file, i + 1, line));
            }
        }
    }

    /** Whether the line is a tag or end marker, which it applies to {@code openTags}. */
    private static boolean followTags(String line, Deque<String> openTags) {
        Matcher mark = TAG_MARK.matcher(line);
        if (!mark.find()) {
            return false;
        }
        if (mark.group(1).equals("tag")) {
            openTags.push(mark.group(2));
        } else {
            openTags.remove(mark.group(2));
        }
        return true;
    }

    private void readInclude(Path including, IncludeResolver.Include include, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        Optional<Path> target = depth == 0
                ? includes.fromPage(include.target())
                : includes.fromIncluded(including, include.target());
        target.ifPresent(file -> read(file, tags(include.attributes()), depth + 1));
    }

    /** The named tags, or none to take the whole file; wildcards and negations also take the whole file. */
    private static Set<String> tags(String attributes) {
        Matcher tags = TAGS.matcher(attributes);
        if (!tags.find()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>(Arrays.asList(tags.group(1).split(";")));
        names.removeIf(String::isBlank);
        return names.stream().anyMatch(name -> name.contains("*") || name.startsWith("!")) ? Set.of() : names;
    }
}
