package dk.kk.tillid.source;

import dk.kk.tillid.check.Finding;
import dk.kk.tillid.check.SourceLocator;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.SourceLocation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Traces findings on baked pages back to the AsciiDoc the editor wrote, so a finding names the line to fix
 * rather than generated HTML. The line is a best guess: the line, includes followed, that holds the most
 * specific form of the finding's value, the Nth such place for the Nth finding of that value on the page. A finding in included text names the included file and its line,
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
        return locate(finding, 0, 1);
    }

    /**
     * The Nth finding of one value on a page is put at the Nth place the source writes it, so that a broken link
     * written on three lines is reported on those three lines rather than three times on the first.
     */
    @Override
    public List<Finding> locateAll(List<Finding> findings) {
        Map<List<String>, Integer> total = new HashMap<>();
        findings.forEach(finding -> total.merge(repeatKey(finding), 1, Integer::sum));
        // Document order: the checker reports a page's references in order; the stable sort keeps that within a line.
        List<Integer> order = IntStream.range(0, findings.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> findings.get(i).file()).thenComparingInt(i -> findings.get(i).line()))
                .toList();
        Map<List<String>, Integer> seen = new HashMap<>();
        Finding[] located = new Finding[findings.size()];
        for (int i : order) {
            Finding finding = findings.get(i);
            List<String> key = repeatKey(finding);
            int nth = seen.merge(key, 1, Integer::sum) - 1;
            located[i] = locate(finding, nth, total.get(key)).map(finding::withSource).orElse(finding);
        }
        return List.of(located);
    }

    private static List<String> repeatKey(Finding finding) {
        return List.of(finding.file(), finding.kind(), finding.value());
    }

    /**
     * The {@code nth} (0-based) place, of {@code count} on the page, that the most specific token that the source
     * writes often enough is written; when no token is written {@code count} times, the first token written at all,
     * its last place standing in for the ones the source does not show.
     */
    private Optional<SourceLocation> locate(Finding finding, int nth, int count) {
        Path source = pageToSource.get(finding.file());
        if (source == null) {
            return Optional.empty();
        }
        Path file = projectRoot.resolve(source).normalize();
        List<SourceLine> lines = sourceLines.computeIfAbsent(file, page -> AsciidocLines.of(page, includes));
        // Tokens at the start of a path first; then anywhere, for a link written after an attribute such as {base}/.
        for (boolean whole : new boolean[] {true, false}) {
            List<SourceLine> fallback = List.of();
            for (String token : SearchTokens.of(finding)) {
                List<SourceLine> places = places(lines, token, whole);
                if (places.size() >= count) {
                    return Optional.of(at(places.get(nth)));
                }
                if (fallback.isEmpty()) {
                    fallback = places;
                }
            }
            if (!fallback.isEmpty()) {
                return Optional.of(at(fallback.get(Math.min(nth, fallback.size() - 1))));
            }
        }
        return Optional.of(SourceLocation.wholeFile(relative(file)));
    }

    /**
     * Each line once for each time it holds {@code token}: two links on one line are two places. A token that
     * starts like a path must, when {@code whole}, start one: {@code findes-ikke.adoc} is not written in
     * {@code xref:andet/findes-ikke.adoc}.
     */
    private static List<SourceLine> places(List<SourceLine> lines, String token, boolean whole) {
        boolean pathLike = whole && isPathChar(token.charAt(0));
        List<SourceLine> places = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
                if (!pathLike || at == 0 || !isPathChar(text.charAt(at - 1))) {
                    places.add(line);
                }
            }
        }
        return places;
    }

    private static boolean isPathChar(char c) {
        return Character.isLetterOrDigit(c) || "._-/~%".indexOf(c) >= 0;
    }

    private SourceLocation at(SourceLine line) {
        return new SourceLocation(relative(line.file()), line.number());
    }

    private String relative(Path file) {
        return RelativePath.of(projectRoot, file.toAbsolutePath().normalize());
    }
}
