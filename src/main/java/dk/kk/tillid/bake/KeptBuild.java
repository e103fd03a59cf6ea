package dk.kk.tillid.bake;

import dk.kk.tillid.cache.CachedConversion;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build leaves in the build cache for the next build, in a new process, to start from, as the preview
 * keeps {@link SiteBaker.Kept} in memory: every input of the bake but the pages' text (by content hash), the
 * dates from git, each page's header (what other pages show of it) and the key of its conversion's inputs,
 * and the files of the site it made, by size, time and file identity. The next build renders only pages
 * whose conversion key changed and copies the rest from that site, when every other input, every header and
 * every date is unchanged and the site is still the one this build left; anything else renders every page.
 */
final class KeptBuild {
    static final String FILE = "last-build.bin";
    /** The input naming the site folder, so that a build into another folder does not take this one's files. */
    private static final String SITE = "site";
    /** A page's fingerprint: its text counts through its conversion key, not here. */
    private static final String PAGE = "page";
    private static final String HISTORY = "history";
    private static final String HEADERS = "headers";
    private static final String KEYS = "keys";
    private static final String FILES = "files";

    private final Map<String, String> inputs;
    private final SourceHistory history;
    private final Map<String, Optional<Map<String, Object>>> headers;
    private final Map<String, String> keys;

    private KeptBuild(Map<String, String> inputs, SourceHistory history,
                      Map<String, Optional<Map<String, Object>>> headers, Map<String, String> keys) {
        this.inputs = inputs;
        this.history = history;
        this.headers = headers;
        this.keys = keys;
    }

    /**
     * Every file the bake reads by its path from the project root with its content hash; a page (an AsciiDoc
     * file in the content folder other than the glossary) only by its name.
     */
    static Map<String, String> inputs(Path projectRoot, Project project, String glossary, Path site) throws IOException {
        String content = RelativePath.of(projectRoot, project.contentFolder()) + "/";
        Map<String, String> files = new TreeMap<>();
        for (Path root : project.bakeInputs()) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    String name = RelativePath.of(projectRoot, file);
                    boolean page = name.startsWith(content) && name.endsWith(".adoc") && !name.equals(glossary);
                    files.put(name, page ? PAGE : BakeSession.hash(file));
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        files.put(SITE, site.toAbsolutePath().normalize().toString());
        return files;
    }

    /** What this bake's record will hold, once the site it made is in place ({@link #write}). */
    static KeptBuild of(Map<String, String> inputs, SourceHistory history,
                        Map<String, Optional<Map<String, Object>>> headers, Map<String, String> keys) {
        return new KeptBuild(inputs, history, headers, keys);
    }

    /**
     * The last build's record when its inputs are {@code inputs} and {@code site} is still as it left it;
     * empty when there is none, or it is damaged, another version's or describes something else.
     */
    static Optional<KeptBuild> read(StateFile file, Map<String, String> inputs, Path site) {
        Optional<CachedConversion> record = file.read();
        if (record.isEmpty() || !record.get().inputs().equals(inputs) || !Files.isDirectory(site)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> model = record.get().model();
            if (!files(site).equals(model.get(FILES))) {
                return Optional.empty();
            }
            Map<String, Optional<Map<String, Object>>> headers = new HashMap<>();
            ((Map<?, ?>) model.get(HEADERS)).forEach((page, header) ->
                    headers.put((String) page, Optional.ofNullable(header).map(KeptBuild::typed)));
            Map<String, String> keys = new HashMap<>();
            ((Map<?, ?>) model.get(KEYS)).forEach((page, key) -> keys.put((String) page, (String) key));
            Map<String, String> dates = new HashMap<>();
            ((Map<?, ?>) model.get(HISTORY)).forEach((page, date) -> dates.put((String) page, (String) date));
            return Optional.of(new KeptBuild(inputs, SourceHistory.fromText(dates), headers, keys));
        } catch (IOException | RuntimeException e) {
            // A record of the right checksum but not of this shape: as unusable as a damaged one.
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(Object header) {
        return (Map<String, Object>) header;
    }

    /**
     * The pages to render again on top of the last build's site: those whose conversion key changed or that
     * have none; empty when the dates or any page's header changed, so that every page must be rendered.
     *
     * @param sources page (output path) to its source's path from the project root
     */
    Optional<Set<String>> pagesToRender(SourceHistory now, Map<String, Optional<Map<String, Object>>> headersNow,
                                        Map<String, String> keysNow, Map<String, String> sources) {
        if (!history.equals(now) || !headers.equals(headersNow)) {
            return Optional.empty();
        }
        Set<String> render = new HashSet<>();
        sources.forEach((page, source) -> {
            String key = keysNow.get(source);
            if (key == null || !key.equals(keys.get(source))) {
                render.add(page);
            }
        });
        return Optional.of(render);
    }

    /** Keeps this record, with the files of {@code site} as they are now that the build has put it in place. */
    void write(StateFile file, Path site) {
        try {
            Map<String, Object> model = new TreeMap<>();
            model.put(HISTORY, history.asText());
            Map<String, Object> kept = new TreeMap<>();
            headers.forEach((page, header) -> kept.put(page, header.map(h -> (Object) new TreeMap<>(h)).orElse(null)));
            model.put(HEADERS, kept);
            model.put(KEYS, new TreeMap<>(keys));
            model.put(FILES, files(site));
            file.write(new CachedConversion(inputs, List.of(), model));
        } catch (IOException | RuntimeException e) {
            file.delete();
        }
    }

    /**
     * Each file of the site (but the search index, which every build writes anew) by size, modification time
     * and file identity: a file changed, replaced or removed since the build shows as different.
     */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        String searchIndex = Project.SEARCH_INDEX_FOLDER + "/";
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                String name = RelativePath.of(site, file);
                if (name.startsWith(searchIndex)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(name, attributes.size() + " " + attributes.lastModifiedTime() + " "
                            + attributes.fileKey());
                }
            }
        }
        return files;
    }
}
