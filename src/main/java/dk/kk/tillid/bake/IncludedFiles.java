package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.source.IncludeResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
}
