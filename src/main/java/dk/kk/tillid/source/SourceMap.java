package dk.kk.tillid.source;

import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.SourceLocator;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.SourceLocation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traces findings on baked pages back to the AsciiDoc the editor wrote, so a finding names the line to fix
 * rather than generated HTML. The line is a best guess: the first line, includes followed, that holds the
 * most specific form of the finding's value. A finding in included text names the included file and its line,
 * on every page that includes it.
 */
public final class SourceMap implements SourceLocator {

    private final Path projectRoot;
    private final IncludeResolver includes;
    private final Map<String, Path> pageToSource;
    private final Map<Path, List<SourceLine>> sourceLines = new ConcurrentHashMap<>();

    /**
     * @param projectRoot  what reported source paths are relative to
     * @param includes     where the pages' includes go
     * @param pageToSource page path relative to the web root with '/' (e.g. {@code rapport/x.html}) to its
     *                     AsciiDoc file; relative files are taken relative to {@code projectRoot}
     */
    public SourceMap(Path projectRoot, IncludeResolver includes, Map<String, Path> pageToSource) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.includes = includes;
        this.pageToSource = Map.copyOf(pageToSource);
    }

    /** {@code content/x/y.adoc:57}, or the whole file when no line fits; empty for a page not from AsciiDoc. */
    @Override
    public Optional<SourceLocation> locate(Finding finding) {
        Path source = pageToSource.get(finding.file());
        if (source == null) {
            return Optional.empty();
        }
        Path file = projectRoot.resolve(source).normalize();
        List<SourceLine> lines = sourceLines.computeIfAbsent(file, page -> AsciidocLines.of(page, includes));
        for (String token : SearchTokens.of(finding)) {
            for (SourceLine line : lines) {
                if (line.text().contains(token)) {
                    return Optional.of(new SourceLocation(relative(line.file()), line.number()));
                }
            }
        }
        return Optional.of(SourceLocation.wholeFile(relative(file)));
    }

    private String relative(Path file) {
        return RelativePath.of(projectRoot, file.toAbsolutePath().normalize());
    }
}
