package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The content folder as the bake will see it, checked for what JBake lets through silently:
 * names that break URLs, two sources for one page, links that lead out of the tree.
 */
final class SourceTree {
    static final String SOURCE_EXTENSION = ".adoc";
    private static final String SEARCH_PAGE = "search.html";
    /** Extensions JBake would try to parse as pages; only AsciiDoc is supported here. */
    private static final Set<String> OTHER_MARKUP = Set.of("md", "html", "htm", "ftl", "asciidoc", "ad", "yaml", "yml", "json");

    /** Files the site writes itself; a source with the same output would be overwritten without a word. */
    private static final Set<String> GENERATED = Set.of("404.html", "sitemap.xml");
    /** Written by the index stage after baking. */
    static final String SEARCH_INDEX_FOLDER = Project.SEARCH_INDEX_FOLDER + "/";

    private final Path projectRoot;
    private final Path contentRoot;
    /** The tag pages' folder ({@code tag.path}) and the search index's. */
    private final Set<String> generatedFolders;
    /** Output page (relative to the site root) to its AsciiDoc source, in a stable order. */
    private final Map<String, Path> pages = new TreeMap<>();

    SourceTree(Path projectRoot, Path contentRoot, String tagFolder) {
        this.projectRoot = projectRoot;
        this.contentRoot = contentRoot;
        this.generatedFolders = Set.of(tagFolder + "/", SEARCH_INDEX_FOLDER);
    }

    /** Walks the tree and reports its problems; {@link #pages()} holds the sources afterwards. */
    void scan(Diagnostics diagnostics) throws IOException {
        Path realRoot = contentRoot.toRealPath();
        Map<String, String> outputs = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            walk.filter(p -> !p.equals(contentRoot)).sorted().forEach(files::add);
        }
        for (Path file : files) {
            String name = relative(file);
            if (Files.isSymbolicLink(file)) {
                Path target = file.toRealPath();
                if (!target.startsWith(realRoot)) {
                    diagnostics.add(Diagnostic.error(name, 0,
                            "Filen er en genvej (symbolsk link) til noget uden for content/.",
                            "Kopiér indholdet ind under content/ i stedet for at linke til det."));
                    continue;
                }
            }
            String fileName = file.getFileName().toString();
            if (fileName.startsWith(".")) {
                continue;
            }
            if (!FileNames.isClean(fileName)) {
                diagnostics.add(Diagnostic.error(name, 0,
                        "Navnet '" + fileName + "' må kun have små bogstaver a-z, tal, punktum og bindestreg.",
                        "Omdøb til '" + FileNames.suggest(fileName) + "'."));
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
                continue;
            }
            String extension = extension(fileName);
            if (OTHER_MARKUP.contains(extension)) {
                diagnostics.add(Diagnostic.error(name, 0, "Kun AsciiDoc-filer (.adoc) kan blive til sider.",
                        "Omdøb til '" + fileName.substring(0, fileName.length() - extension.length()) + "adoc'"
                                + " og skriv indholdet i AsciiDoc."));
                continue;
            }
            String output = output(file);
            if (GENERATED.contains(output) || generatedFolders.stream().anyMatch(output::startsWith)) {
                diagnostics.add(Diagnostic.error(name, 0,
                        "Filen ville blive skrevet til " + output + ", som sitet selv danner.",
                        "Giv filen et andet navn eller læg den i en anden mappe."));
                continue;
            }
            String earlier = outputs.putIfAbsent(output, name);
            if (earlier != null) {
                diagnostics.add(Diagnostic.error(name, 0,
                        "Både " + earlier + " og " + name + " ville blive til " + output + ".",
                        "Omdøb eller slet den ene af filerne."));
                continue;
            }
            if (fileName.endsWith(SOURCE_EXTENSION)) {
                pages.put(output, file);
            }
        }
    }

    /** Every page's header links to the search page, so a tree without it would fail on every page. */
    void requireSearchPage(Diagnostics diagnostics) {
        if (!pages.containsKey(SEARCH_PAGE)) {
            diagnostics.add(Diagnostic.error(relative(contentRoot.resolve("search.adoc")), 0,
                    "Søgesiden mangler; søgefeltet på hver side fører til search.html.",
                    "Gendan content/search.adoc med = Søg, :jbake-type: search, :jbake-status: published og en :jbake-date:."));
        }
    }

    Map<String, Path> pages() {
        return pages;
    }

    private String output(Path file) {
        String rel = RelativePath.of(contentRoot, file);
        return rel.endsWith(SOURCE_EXTENSION)
                ? rel.substring(0, rel.length() - SOURCE_EXTENSION.length()) + ".html"
                : rel;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    private String relative(Path file) {
        return RelativePath.of(projectRoot, file);
    }
}
