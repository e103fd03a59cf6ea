package dk.kk.tillid.bake;

import dk.kk.tillid.cache.CachedConversion;
import dk.kk.tillid.cache.StateFile;
import dk.kk.tillid.files.FileWalk;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.problem.Severity;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a build leaves in the build cache for the next build, in a new process, to start from, as the preview
 * keeps {@link SiteBaker.Kept} in memory: every input of the bake but the pages' text (by content hash), the
 * dates from git, each page's header (what other pages show of it) and the key of its conversion's inputs,
 * and the files of the site it made, by size, time and file identity. The next build renders only pages
 * whose conversion key changed and copies the rest from that site, when every other input, every header and
 * every date is unchanged and the site is still the one this build left; anything else renders every page.
 * <p>
 * It also keeps what lets the next build get there without reading every page: each source's stamp and
 * content hash ({@link SourceFiles}), the files each page's conversion read, and the warnings it gave. A page
 * none of whose files changed then needs neither its conversion nor JBake's crawl: its header is here, and
 * its page is in the last site.
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
    private static final String SOURCES = "sources";
    private static final String READS = "reads";
    private static final String WARNINGS = "warnings";

    private final Map<String, String> inputs;
    private final SourceHistory history;
    private final Map<String, Optional<Map<String, Object>>> headers;
    private final Map<String, String> keys;
    /** Page source to the files its conversion read (its own and its includes'), by name from the project root. */
    private final Map<String, List<String>> reads;
    private final Map<String, List<Diagnostic>> warnings;
    /** Source file to its stamp and content hash. */
    private final Map<String, List<String>> sources;
    /** The site's files as the build left them; null in a record not yet written. */
    private final Object siteFiles;

    private KeptBuild(Map<String, String> inputs, SourceHistory history,
                      Map<String, Optional<Map<String, Object>>> headers, Map<String, String> keys,
                      Map<String, List<String>> reads, Map<String, List<Diagnostic>> warnings,
                      Map<String, List<String>> sources, Object siteFiles) {
        this.inputs = inputs;
        this.history = history;
        this.headers = headers;
        this.keys = keys;
        this.reads = reads;
        this.warnings = warnings;
        this.sources = sources;
        this.siteFiles = siteFiles;
    }

    /**
     * Every file the bake reads by its path from the project root with its content hash; a page (an AsciiDoc
     * file in the content folder other than the glossary) only by its name.
     */
    static Map<String, String> inputs(Path projectRoot, Project project, String glossary, Path site, SourceFiles files) {
        String content = RelativePath.of(projectRoot, project.contentFolder()) + "/";
        Map<String, String> all = new TreeMap<>();
        for (String name : files.names()) {
            boolean page = name.startsWith(content) && name.endsWith(".adoc") && !name.equals(glossary);
            all.put(name, page ? PAGE : files.hash(name));
        }
        all.put(SITE, site.toAbsolutePath().normalize().toString());
        return all;
    }

    /** What this bake's record will hold, once the site it made is in place ({@link #write}). */
    static KeptBuild of(Map<String, String> inputs, SourceHistory history,
                        Map<String, Optional<Map<String, Object>>> headers, Map<String, String> keys,
                        Map<String, List<String>> reads, Map<String, List<Diagnostic>> warnings,
                        Map<String, List<String>> sources) {
        return new KeptBuild(inputs, history, headers, keys, reads, warnings, sources, null);
    }

    /** The last build's record, whatever it describes; empty when there is none, or it is damaged or another version's. */
    static Optional<KeptBuild> load(StateFile file) {
        Optional<CachedConversion> record = file.read();
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            Map<String, Object> model = record.get().model();
            Map<String, Optional<Map<String, Object>>> headers = new HashMap<>();
            ((Map<?, ?>) model.get(HEADERS)).forEach((page, header) ->
                    headers.put((String) page, Optional.ofNullable(header).map(KeptBuild::typed)));
            Map<String, String> keys = new HashMap<>();
            ((Map<?, ?>) model.get(KEYS)).forEach((page, key) -> keys.put((String) page, (String) key));
            Map<String, String> dates = new HashMap<>();
            ((Map<?, ?>) model.get(HISTORY)).forEach((page, date) -> dates.put((String) page, (String) date));
            Map<String, List<String>> reads = texts((Map<?, ?>) model.get(READS));
            Map<String, List<String>> sources = texts((Map<?, ?>) model.get(SOURCES));
            Map<String, List<Diagnostic>> warnings = new HashMap<>();
            ((Map<?, ?>) model.get(WARNINGS)).forEach((page, list) -> {
                List<Diagnostic> told = new ArrayList<>();
                for (Object item : (List<?>) list) {
                    Map<?, ?> w = (Map<?, ?>) item;
                    told.add(new Diagnostic(Severity.valueOf((String) w.get("severity")), (String) w.get("file"),
                            (Integer) w.get("line"), (String) w.get("message"), (String) w.get("fix")));
                }
                warnings.put((String) page, List.copyOf(told));
            });
            Object files = model.get(FILES);
            if (files == null) {
                return Optional.empty();
            }
            return Optional.of(new KeptBuild(record.get().inputs(), SourceHistory.fromText(dates), headers, keys,
                    reads, warnings, sources, files));
        } catch (RuntimeException e) {
            // A record of the right checksum but not of this shape: as unusable as a damaged one.
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> texts(Map<?, ?> map) {
        Map<String, List<String>> texts = new HashMap<>();
        map.forEach((key, list) -> texts.put((String) key, ((List<?>) list).stream().map(String.class::cast).toList()));
        return texts;
    }

    /** Whether this record is of a build with these inputs, whose site is still at {@code site} as it left it. */
    boolean describes(Map<String, String> inputsNow, Path site) {
        try {
            return inputs.equals(inputsNow) && Files.isDirectory(site) && files(site).equals(siteFiles);
        } catch (IOException e) {
            return false;
        }
    }

    boolean sameHistory(SourceHistory now) {
        return history.equals(now);
    }

    /** What the last build knew of each source file: its stamp and content hash. */
    Map<String, List<String>> sources() {
        return sources;
    }

    /**
     * Of {@code pages} (sources by name from the project root), those that read a file whose content is not
     * what the last build's conversion read, or that the last build has no list of reads for.
     */
    Set<String> changedSources(Collection<String> pages, SourceFiles files) {
        Set<String> changed = new java.util.TreeSet<>();
        for (String page : pages) {
            List<String> read = reads.get(page);
            if (read == null || read.stream().anyMatch(file -> changed(file, files))) {
                changed.add(page);
            }
        }
        return changed;
    }

    private boolean changed(String file, SourceFiles files) {
        List<String> known = sources.get(file);
        boolean exists = files.names().contains(file);
        if (known == null || !exists) {
            // Recorded as missing and still missing is the same; anything else is a change.
            return known != null || exists;
        }
        return !files.unchangedSinceRecorded(file) && !files.hash(file).equals(known.get(1));
    }

    /** The header of the page made of {@code source} in the last build; empty for a page not published. */
    Optional<Map<String, Object>> header(String source) {
        return headers.getOrDefault(source, Optional.empty());
    }

    boolean hasHeader(String source) {
        return headers.containsKey(source);
    }

    List<Diagnostic> warnings(String source) {
        return warnings.getOrDefault(source, List.of());
    }

    Map<String, String> keys() {
        return keys;
    }

    Map<String, List<String>> reads() {
        return reads;
    }

    Map<String, List<Diagnostic>> allWarnings() {
        return warnings;
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
            model.put(READS, new TreeMap<>(reads));
            model.put(SOURCES, new TreeMap<>(sources));
            Map<String, Object> told = new TreeMap<>();
            warnings.forEach((page, list) -> told.put(page, list.stream().map(KeptBuild::asMap).toList()));
            model.put(WARNINGS, told);
            model.put(FILES, files(site));
            file.write(new CachedConversion(inputs, List.of(), model));
        } catch (IOException | RuntimeException e) {
            file.delete();
        }
    }

    private static Map<String, Object> asMap(Diagnostic warning) {
        Map<String, Object> map = new TreeMap<>();
        map.put("severity", warning.severity().name());
        map.put("file", warning.file());
        map.put("line", warning.line());
        map.put("message", warning.message());
        map.put("fix", warning.fix());
        return map;
    }

    /**
     * Each file of the site (but the search index, which every build writes anew) by size, modification time
     * and file identity: a file changed, replaced or removed since the build shows as different.
     */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        String searchIndex = Project.SEARCH_INDEX_FOLDER + "/";
        FileWalk.files(site, folder -> !folder.equals(Project.SEARCH_INDEX_FOLDER), (name, file, attributes) -> {
            if (!name.startsWith(searchIndex) && attributes.isRegularFile()) {
                files.put(name, attributes.size() + " " + attributes.lastModifiedTime() + " " + attributes.fileKey());
            }
        });
        return files;
    }
}
