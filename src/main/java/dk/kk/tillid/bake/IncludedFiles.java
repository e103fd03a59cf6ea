package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.source.IncludeResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads every file a page includes, includes followed, as strictly as the page itself: Asciidoctor (JRuby)
 * fails on a bad byte in an included file with an exception that names the including page and a machine path,
 * so the included file is named here, with the line of its first bad byte, before Asciidoctor reads it.
 */
final class IncludedFiles {
    private IncludedFiles() {
    }

    /** Problems of the files {@code page} includes; empty when each is UTF-8 text (or missing: Asciidoctor names that). */
    static List<Diagnostic> check(Path projectRoot, Path contentRoot, Path page, List<String> lines) {
        List<Diagnostic> problems = new ArrayList<>();
        IncludeResolver resolver = new IncludeResolver(contentRoot);
        walk(projectRoot, resolver, null, lines, new HashSet<>(Set.of(page.toAbsolutePath().normalize())), problems);
        return problems;
    }

    /** @param from the included file whose lines these are; null for the page itself */
    private static void walk(Path projectRoot, IncludeResolver resolver, Path from, List<String> lines, Set<Path> seen,
                             List<Diagnostic> problems) {
        for (IncludeResolver.Include include : IncludeResolver.directives(lines)) {
            Optional<Path> target = from == null ? resolver.fromPage(include.target())
                    : resolver.fromIncluded(from, include.target());
            if (target.isEmpty()) {
                continue;
            }
            Path file = target.get();
            if (!file.startsWith(resolver.contentRoot()) || !Files.isRegularFile(file) || !seen.add(file)) {
                continue;
            }
            String name = projectRoot.relativize(file).toString().replace(File.separatorChar, '/');
            try {
                walk(projectRoot, resolver, file, SourceText.read(file).lines(), seen, problems);
            } catch (SourceText.MalformedSourceException e) {
                problems.add(e.binary
                        ? Diagnostic.error(name, 0, "Filen er ikke tekst (den indeholder binære data), men inkluderes med include::.",
                                "Fjern include::-linjen, eller vis filen som billede med image:: eller som link.")
                        : SourceText.notUtf8(name, e.line));
            } catch (IOException e) {
                problems.add(Diagnostic.error(name, 0, "Filen kan ikke læses.", "Tjek, at filen findes og kan åbnes."));
            }
        }
    }

    /**
     * Every file the page's includes name, includes followed, as {@link IncludeResolver} resolves them: those
     * that exist and those that do not (yet). Empty when an include names its file with an attribute or a URL,
     * which only Asciidoctor can resolve.
     */
    static Optional<Set<Path>> named(Path contentRoot, Path page, List<String> lines) {
        IncludeResolver resolver = new IncludeResolver(contentRoot);
        Set<Path> named = new TreeSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        List<String> current = lines;
        Path from = null;
        while (true) {
            for (IncludeResolver.Include include : IncludeResolver.directives(current)) {
                Optional<Path> target = from == null ? resolver.fromPage(include.target())
                        : resolver.fromIncluded(from, include.target());
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                if (named.add(target.get()) && Files.isRegularFile(target.get())) {
                    pending.add(target.get());
                }
            }
            if (pending.isEmpty()) {
                return Optional.of(named);
            }
            from = pending.pop();
            try {
                current = new String(Files.readAllBytes(from), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
