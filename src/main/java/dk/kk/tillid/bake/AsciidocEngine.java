package dk.kk.tillid.bake;

import dk.kk.tillid.cache.CachedConversion;
import dk.kk.tillid.cache.ConversionCache;
import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.files.Sha256;
import dk.kk.tillid.problem.Diagnostic;
import dk.kk.tillid.source.IncludeResolver;

import org.apache.commons.configuration2.Configuration;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.ParserEngine;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one AsciiDoc file for JBake: one parse for header and body, strict header rules, and every
 * Asciidoctor warning turned into a diagnostic with file and line (JBake only logs them, as {@code <stdin>}).
 */
final class AsciidocEngine implements ParserEngine {
    private static final String PREFIX = "jbake-";
    /** Far above any real page, and small enough that a stray export never exhausts memory. */
    private static final long MAX_SOURCE_BYTES = 5_000_000;
    /** The names of a conversion's inputs in the build cache (see {@link #inputs}). */
    private static final String SETTINGS = "settings";
    private static final String FILE = "file:";
    private static final String GLOSSARY = "glossary";
    private static final String GIT = "git:";
    private static final String ABSENT = "-";
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: ([\\w-]+)");

    private final Path projectRoot;
    private final Path contentRoot;
    private final IncludeResolver includes;
    private final Rules rules;
    private final Diagnostics diagnostics;
    private final Attributes attributes;
    private final Map<Path, Optional<DocumentModel>> ahead = new ConcurrentHashMap<>();
    /** Each page converted ahead, until its conversion is done; JBake's crawler waits for it. */
    private final Map<Path, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    /** Each page converted ahead to its header, taken before JBake's crawler adds to the model. */
    private final Map<Path, Optional<Map<String, Object>>> headers = new ConcurrentHashMap<>();
    private final AtomicInteger converted = new AtomicInteger();
    private final ConversionCache cache;
    /** Project file to the hash of its content, as this bake first read it. */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();
    private final SourceHistory history;
    private final Glossary glossary;
    /** Page to a hash of what its conversion read (see {@link #inputs}); none for a page that has no such list. */
    private final Map<Path, String> inputKeys = new ConcurrentHashMap<>();
    /** Page to the files its conversion read (itself and its includes), by name from the project root. */
    private final Map<Path, List<String>> reads = new ConcurrentHashMap<>();
    /** Page to the warnings its conversion gave, from the cache or from Asciidoctor. */
    private final Map<Path, List<Diagnostic>> warnings = new ConcurrentHashMap<>();

    /**
     * What the project's settings make of a page, besides its own text, includes, the glossary and git.
     *
     * @param contentTypes    the types that have their template
     * @param templateMissing the types jbake.properties names without their template
     * @param knownAttributes the header attributes the templates read (the content-type registry's); anything else
     *                        is most likely a typo
     * @param glossaryPage    the glossary's path from the project root; null without one
     * @param templateFolder  the template folder as editors know it, for messages
     * @param tagFolder       the folder of the tag pages in the site, for messages
     * @param renderDrafts    the preview shows drafts (beside the site, never in it); a one-off bake leaves them out
     */
    record Rules(Set<String> contentTypes, Set<String> templateMissing, Set<String> knownAttributes,
                 List<String> asciidoctorAttributes, String glossaryPage, String templateFolder, String tagFolder,
                 boolean renderDrafts) {
        /**
         * The settings a page's conversion depends on, as one text for the build cache; drafts are left out,
         * as they are converted the same either way.
         */
        String cacheKey() {
            return String.join("\n", "types " + new TreeSet<>(contentTypes), "without template " + new TreeSet<>(templateMissing),
                    "attributes " + new TreeSet<>(knownAttributes), "asciidoctor " + asciidoctorAttributes,
                    "glossary " + glossaryPage, "templates " + templateFolder, "tags " + tagFolder);
        }
    }

    AsciidocEngine(Path projectRoot, Path contentRoot, Rules rules, SourceHistory history, Glossary glossary,
                   ConversionCache cache, Diagnostics diagnostics) {
        this.cache = cache;
        this.projectRoot = projectRoot;
        this.contentRoot = contentRoot;
        this.includes = new IncludeResolver(contentRoot);
        this.rules = rules;
        this.diagnostics = diagnostics;
        this.history = history;
        this.glossary = glossary;
        this.attributes = Attributes.builder().arguments(rules.asciidoctorAttributes().toArray(new String[0])).build();
    }

    /**
     * Starts converting the given sources on all cores before JBake's crawler asks for them one by one; the
     * crawler then gets the finished result. Asciidoctor conversion is most of a bake, and JBake's crawl is
     * sequential. Sources converted ahead before are not converted again. The returned future completes when
     * every source is converted.
     */
    CompletableFuture<Void> convertAhead(Collection<Path> sources) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return CompletableFuture.allOf(sources.stream()
                    .map(source -> source.toAbsolutePath().normalize())
                    .filter(source -> !inFlight.containsKey(source))
                    .map(source -> inFlight.computeIfAbsent(source, s -> CompletableFuture.runAsync(() -> {
                        Optional<DocumentModel> model = Optional.ofNullable(convert(s.toFile()));
                        headers.put(s, model.map(AsciidocEngine::header));
                        ahead.put(s, model);
                    }, pool)))
                    .toArray(CompletableFuture[]::new));
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Each page converted so far, by its source's path from the project root, to a hash of every input its
     * conversion read: a page with the same key has the same conversion. A page whose inputs only Asciidoctor
     * knows has none.
     */
    Map<String, String> inputKeys() {
        Map<String, String> keys = new HashMap<>();
        inputKeys.forEach((path, key) -> keys.put(relative(path), key));
        return keys;
    }

    /** Files' content hashes worked out already this build (by name from the project root), not to read them again. */
    void knownHashes(Map<String, String> known) {
        hashes.putAll(known);
    }

    /** The content hashes this engine read or was given, by name from the project root. */
    Map<String, String> hashes() {
        return new HashMap<>(hashes);
    }

    /** Each page converted so far, by its source's name, to the files its conversion read; none without a key. */
    Map<String, List<String>> reads() {
        Map<String, List<String>> named = new HashMap<>();
        reads.forEach((path, files) -> named.put(relative(path), files));
        return named;
    }

    /** Each page converted so far, by its source's name, to the warnings its conversion gave. */
    Map<String, List<Diagnostic>> warnings() {
        Map<String, List<Diagnostic>> named = new HashMap<>();
        warnings.forEach((path, told) -> named.put(relative(path), told));
        return named;
    }

    /**
     * Whether the page {@code name} will surely be converted by Asciidoctor: the cache has no whole entry for it,
     * or a file its entry read has another content now ({@code fileHash}: a file's hash by name, "-" for a
     * missing one). Known before the engine exists, so that JRuby can start while the rest is read.
     */
    static boolean mustConvert(ConversionCache cache, String name, java.util.function.Function<String, String> fileHash) {
        Optional<CachedConversion> entry = cache.peek(name);
        return entry.isEmpty() || entry.get().inputs().entrySet().stream().anyMatch(input -> input.getKey().startsWith(FILE)
                && !input.getValue().equals(fileHash.apply(input.getKey().substring(FILE.length()))));
    }

    /** How many pages this engine has converted with Asciidoctor. */
    int converted() {
        return converted.get();
    }

    /**
     * What other pages may show of each page converted ahead: its header, everything but its body and
     * headings. Empty for a page that is not published (a draft, or one with errors).
     */
    Map<Path, Optional<Map<String, Object>>> headers() {
        return new HashMap<>(headers);
    }

    private static Map<String, Object> header(DocumentModel model) {
        Map<String, Object> header = new HashMap<>();
        model.forEach((key, value) -> {
            if (!key.equals(ModelAttributes.BODY) && !key.equals("headings")) {
                header.put(key, value instanceof Object[] array ? List.of(array) : value);
            }
        });
        return header;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        CompletableFuture<Void> converting = inFlight.get(path);
        if (converting != null) {
            try {
                converting.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // Converted again below, which reports what went wrong.
            }
        }
        Optional<DocumentModel> converted = ahead.remove(path);
        return converted != null ? converted.orElse(null) : convert(file);
    }

    /**
     * The page's model, from the build cache when nothing it was made from changed, otherwise converted by
     * Asciidoctor (and then kept in the cache, unless it had errors); null for a page that is not published.
     * Its problems are reported either way, so a build tells the same with and without the cache.
     */
    private DocumentModel convert(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        String name = relative(path);
        Optional<Map<String, String>> inputs = file.length() > MAX_SOURCE_BYTES ? Optional.empty() : inputs(path, name);
        inputKeys.remove(path);
        reads.remove(path);
        if (inputs.isPresent()) {
            inputKeys.put(path, key(inputs.get()));
            reads.put(path, inputs.get().keySet().stream().filter(input -> input.startsWith(FILE))
                    .map(input -> input.substring(FILE.length())).toList());
            Optional<CachedConversion> kept = cache.lookup(name, this::currentValue);
            if (kept.isPresent()) {
                warnings.put(path, List.copyOf(kept.get().warnings()));
                diagnostics.addAll(kept.get().warnings());
                DocumentModel model = new DocumentModel();
                model.putAll(kept.get().model());
                return shown(model);
            }
        }
        converted.incrementAndGet();
        PageConversion conversion = new PageConversion();
        DocumentModel model = conversion.convert(file);
        List<Diagnostic> found = conversion.diagnostics.sorted();
        warnings.put(path, List.copyOf(found));
        diagnostics.addAll(found);
        if (model != null && inputs.isPresent() && found.stream().noneMatch(Diagnostic::isError)) {
            cache.store(name, new CachedConversion(inputs.get(), found, model));
        }
        return shown(model);
    }

    /** A draft is converted (its problems count) but shown only by the preview. */
    private DocumentModel shown(DocumentModel model) {
        return model == null || "draft".equals(model.getStatus()) && !rules.renderDrafts() ? null : model;
    }

    /**
     * What converting the page reads besides the settings, with their values now: the page, every file its
     * includes name (includes followed, as {@link IncludeResolver} resolves them; a missing one too, so that
     * creating it counts), the glossary, and when git last changed the page. Empty when an include names its
     * file with an attribute, which only Asciidoctor can resolve: such a page is always converted.
     */
    private Optional<Map<String, String>> inputs(Path page, String name) {
        List<String> lines;
        try {
            // Decoded leniently: a file that is not UTF-8 gets its own error, with its line, when converted.
            lines = new String(Files.readAllBytes(page), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<Set<Path>> included = IncludedFiles.named(contentRoot, page, lines);
        if (included.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(SETTINGS, currentValue(SETTINGS));
        inputs.put(FILE + name, currentValue(FILE + name));
        for (Path file : included.get()) {
            String input = FILE + relative(file);
            inputs.put(input, currentValue(input));
        }
        inputs.put(GLOSSARY, currentValue(GLOSSARY));
        inputs.put(GIT + name, currentValue(GIT + name));
        return inputs.containsValue(null) ? Optional.empty() : Optional.of(inputs);
    }

    private static String key(Map<String, String> inputs) {
        StringBuilder text = new StringBuilder();
        // Names and values are paths, hashes, dates and settings: none holds a NUL.
        inputs.forEach((input, value) -> text.append(input).append('\0').append(value).append('\0'));
        return java.util.HexFormat.of().formatHex(Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** An input's value now; a file's content hash is worked out once per bake. */
    private String currentValue(String input) {
        if (input.equals(SETTINGS)) {
            return rules.cacheKey();
        }
        if (input.equals(GLOSSARY)) {
            return rules.glossaryPage() == null ? ABSENT : currentValue(FILE + rules.glossaryPage());
        }
        if (input.startsWith(GIT)) {
            LocalDate changed = history.lastChanged(input.substring(GIT.length()), null);
            return changed == null ? ABSENT : changed.toString();
        }
        if (input.startsWith(FILE)) {
            String file = input.substring(FILE.length());
            String hash = hashes.get(file);
            if (hash == null) {
                hash = hash(file);
                String earlier = hash == null ? null : hashes.putIfAbsent(file, hash);
                return earlier != null ? earlier : hash;
            }
            return hash;
        }
        return ABSENT;
    }

    private String hash(String file) {
        Path path = projectRoot.resolve(file).normalize();
        try {
            return Files.isRegularFile(path) && path.startsWith(projectRoot) ? Sha256.hex(path) : ABSENT;
        } catch (IOException e) {
            // Matches no recorded value, so a page that reads it is converted and not kept.
            return null;
        }
    }

    /** One page's conversion by Asciidoctor, with the page's own problems. */
    private final class PageConversion {
        private final Diagnostics diagnostics = new Diagnostics();

        DocumentModel convert(File file) {
            String name = relative(file.toPath());
            if (file.length() > MAX_SOURCE_BYTES) {
                diagnostics.add(Diagnostic.error(name, 0, "Filen er for stor (" + file.length() / 1_000_000 + " MB).",
                        "Del teksten op i flere sider; en side må højst fylde " + MAX_SOURCE_BYTES / 1_000_000 + " MB."));
                return null;
            }
            SourceText source;
            try {
                source = SourceText.read(file.toPath());
            } catch (SourceText.MalformedSourceException e) {
                if (e.binary) {
                    diagnostics.add(Diagnostic.error(name, 0, "Filen er ikke tekst (den indeholder binære data).",
                            "Læg billeder og dokumenter under content/ med deres rigtige filendelse, ikke .adoc."));
                    return null;
                }
                diagnostics.add(SourceText.notUtf8(name, e.line));
                return null;
            } catch (IOException e) {
                diagnostics.add(Diagnostic.error(name, 0, "Filen kan ikke læses: " + e.getMessage(), null));
                return null;
            }
            if (source.isBlank()) {
                diagnostics.add(Diagnostic.error(name, 1, "Filen er tom.",
                        "Skriv en titel (= Titel) og hovedattributterne, eller slet filen."));
                return null;
            }

            List<Diagnostic> outside = IncludeGuard.check(name, file.toPath(), includes, source.lines());
            if (!outside.isEmpty()) {
                diagnostics.addAll(outside);
                return null;
            }
            diagnostics.addAll(SourceWarnings.malformedUrls(name, source.lines()));
            List<Diagnostic> badIncludes = IncludedFiles.check(projectRoot, contentRoot, file.toPath(), source.lines());
            if (!badIncludes.isEmpty()) {
                diagnostics.addAll(badIncludes);
                return null;
            }
            List<Diagnostic> found = new ArrayList<>();
            Document document;
            String body;
            AsciidoctorRuntime.Conversion conversion = AsciidoctorRuntime.begin(r -> found.add(fromLog(r, name, source)));
            try {
                body = AsciidoctorRuntime.get().convertFile(file, options());
                document = conversion.document();
            } catch (RuntimeException e) {
                // JRuby's exception names Ruby classes and machine paths; the editor gets the file instead.
                diagnostics.addAll(found);
                diagnostics.add(Diagnostic.error(name, 0, "Asciidoctor kunne ikke læse filen.",
                        "Se efter tegn, der ikke er gemt som UTF-8, i filen og i de filer, den inkluderer med include::."));
                return null;
            } finally {
                AsciidoctorRuntime.end();
            }
            diagnostics.addAll(TableDelimiters.atMistypedDelimiter(found, name, source.lines(), projectRoot));
            List<Diagnostic> unsafe = UnsafeHtml.check(name, body, new WrittenAt(name, source, document, AsciidocEngine.this::relative));
            if (!unsafe.isEmpty()) {
                diagnostics.addAll(unsafe);
                return null;
            }
            if (document == null) {
                diagnostics.add(Diagnostic.error(name, 1, "Asciidoctor kunne ikke læse filen.", null));
                return null;
            }
            boolean isGlossary = name.equals(rules.glossaryPage());
            return model(name, source, document,
                    HtmlBody.polish(body, isGlossary ? Glossary.EMPTY : glossary, glossaryHref(name), isGlossary));
        }


        private DocumentModel model(String name, SourceText source, Document document, HtmlBody body) {
            Map<String, Object> attrs = document.getAttributes();
            int errorsBefore = diagnostics.errorCount();

            String title = document.getDoctitle();
            if (title == null || title.isBlank()) {
                diagnostics.add(Diagnostic.error(name, 1, "Siden har ingen titel.",
                        "Begynd filen med en titellinje: = Sidens titel"));
            }
            String type = text(attrs, "type");
            if (type == null) {
                diagnostics.add(Diagnostic.error(name, source.endOfHeader(), "Hovedattributten :jbake-type: mangler.",
                        "Tilføj :jbake-type: med en af typerne " + String.join(", ", new TreeSet<>(rules.contentTypes())) + "."));
            } else if (rules.templateMissing().contains(type)) {
                diagnostics.add(Diagnostic.error(name, source.lineOfAttribute(PREFIX + "type"),
                        "Indholdstypen '" + type + "' har ingen skabelon i " + rules.templateFolder() + "/.",
                        "Opret skabelonen, der er nævnt i jbake.properties (template." + type + ".file), eller brug en anden type."));
            } else if (!rules.contentTypes().contains(type)) {
                diagnostics.add(Diagnostic.error(name, source.lineOfAttribute(PREFIX + "type"),
                        "Ukendt indholdstype '" + type + "'.",
                        "Brug en af " + String.join(", ", new TreeSet<>(rules.contentTypes())) + "."));
            }
            String status = text(attrs, "status");
            if (status == null) {
                diagnostics.add(Diagnostic.error(name, source.endOfHeader(), "Hovedattributten :jbake-status: mangler.",
                        "Tilføj :jbake-status: published (eller draft, så siden ikke udgives)."));
            } else if (!status.equals("published") && !status.equals("draft")) {
                diagnostics.add(Diagnostic.error(name, source.lineOfAttribute(PREFIX + "status"),
                        "Ukendt status '" + status + "'.", "Skriv published eller draft."));
            }
            LocalDate date = date(name, source, text(attrs, "date"));
            List<String> tagLabels = new ArrayList<>();
            String[] tags = tags(name, source, text(attrs, "tags"), tagLabels);
            Integer order = order(name, source, text(attrs, "order"));
            warnAboutUnknownAttributes(name, source, attrs);
            String menu = text(attrs, "menu");
            if (menu != null && !menu.strip().equals("skjul")) {
                diagnostics.add(Diagnostic.warning(name, source.lineOfAttribute(PREFIX + "menu"),
                        "Ukendt værdi '" + menu + "' for :jbake-menu:; siden står i menuen.",
                        "Skriv :jbake-menu: skjul for at holde siden ude af menuen, eller slet linjen."));
            }

            if ("published".equals(status)) {
                for (int line : source.linesWithText(Placeholder.TEXT)) {
                    diagnostics.add(Diagnostic.error(name, line, "Siden er udgivet, men har stadig " + Placeholder.TEXT
                                    + " fra skabelonen, som new lavede.",
                            "Skriv den rigtige tekst i stedet for " + Placeholder.TEXT
                                    + ", eller sæt :jbake-status: draft, indtil siden er færdig."));
                }
            }
            if (diagnostics.errorCount() > errorsBefore) {
                return null;
            }
            DocumentModel model = new DocumentModel();
            for (Map.Entry<String, Object> entry : attrs.entrySet()) {
                if (entry.getKey().startsWith(PREFIX)) {
                    model.put(entry.getKey().substring(PREFIX.length()), entry.getValue());
                }
            }
            // Asciidoctor's own :description: serves too; :jbake-description: wins where a page has both.
            if (!model.containsKey("description") && attrs.get("description") != null) {
                model.put("description", attrs.get("description"));
            }
            model.setTitle(title);
            model.setType(type);
            model.setStatus(status);
            model.setDate(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
            model.setTags(tags);
            model.put("taglabels", tagLabels);
            model.put("tagsline", source.lineOfAttribute(PREFIX + "tags"));
            model.put("order", order == null ? Integer.MAX_VALUE : order);
            model.put("sourcepath", name);
            model.put("updated", Date.from(history.lastChanged(name, date).atStartOfDay(ZoneOffset.UTC).toInstant()));
            model.setBody(body.html());
            model.put("headings", body.headings());
            return model;
        }

        private LocalDate date(String name, SourceText source, String value) {
            if (value == null) {
                diagnostics.add(Diagnostic.error(name, source.endOfHeader(), "Hovedattributten :jbake-date: mangler.",
                        "Tilføj :jbake-date: ÅÅÅÅ-MM-DD, fx :jbake-date: 2013-02-13."));
                return LocalDate.EPOCH;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                diagnostics.add(Diagnostic.error(name, source.lineOfAttribute(PREFIX + "date"),
                        "'" + value + "' er ikke en gyldig dato.",
                        "Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, fx 2013-02-13."));
                return LocalDate.EPOCH;
            }
        }

        /**
         * The page's tags as addresses (what JBake names the tag pages by), made from the words as written by
         * {@link FileNames#address}; the words themselves go into {@code labels}, in the same order.
         */
        private String[] tags(String name, SourceText source, String value, List<String> labels) {
            if (value == null || value.isBlank()) {
                return new String[0];
            }
            int line = source.lineOfAttribute(PREFIX + "tags");
            List<String> tags = new ArrayList<>();
            for (String raw : value.split(",")) {
                String label = raw.strip().replaceAll("\\s+", " ");
                String tag = FileNames.address(label);
                int earlier = tags.indexOf(tag);
                if (label.isEmpty()) {
                    continue;
                }
                if (tag.isEmpty()) {
                    diagnostics.add(Diagnostic.error(name, line, "Emnet '" + label + "' har ingen bogstaver eller tal.",
                            "Skriv emnet med ord, fx :jbake-tags: økonomi, sundhed og omsorg."));
                } else if (earlier >= 0 && !labels.get(earlier).equals(label)) {
                    diagnostics.add(Diagnostic.error(name, line, "Emnerne '" + labels.get(earlier) + "' og '" + label
                                    + "' får samme adresse, " + rules.tagFolder() + "/" + tag + ".html.",
                            "Skriv emnet ens begge steder, eller slet det ene."));
                } else if (earlier < 0) {
                    tags.add(tag);
                    labels.add(label);
                }
            }
            return tags.toArray(new String[0]);
        }

        private Integer order(String name, SourceText source, String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                diagnostics.add(Diagnostic.error(name, source.lineOfAttribute(PREFIX + "order"),
                        "'" + value + "' er ikke et helt tal.", "Skriv et helt tal, fx :jbake-order: 10."));
                return null;
            }
        }

        private void warnAboutUnknownAttributes(String name, SourceText source, Map<String, Object> attrs) {
            Set<String> knownAttributes = rules.knownAttributes();
            for (String key : new TreeSet<>(attrs.keySet())) {
                if (key.startsWith(PREFIX) && !knownAttributes.contains(key.substring(PREFIX.length()))) {
                    Optional<String> meant = NearName.of(key.substring(PREFIX.length()), knownAttributes);
                    diagnostics.add(Diagnostic.warning(name, source.lineOfAttribute(key),
                            "Ukendt hovedattribut :" + key + ":" + meant.map(m -> "; mente du :" + PREFIX + m + ":?").orElse("."),
                            meant.isPresent() ? "Ret navnet til :" + PREFIX + meant.get() + ":, ellers bruger sitet ikke attributten."
                                    : "Kendte attributter: " + String.join(", ", new TreeSet<>(knownAttributes)
                                    .stream().map(k -> ":" + PREFIX + k + ":").toList()) + "."));
                }
            }
        }
    }


    /** The glossary page as a link from the page made of {@code name}; null without a glossary. */
    private String glossaryHref(String name) {
        String glossaryPage = rules.glossaryPage();
        if (glossaryPage == null) {
            return null;
        }
        Path page = contentRoot.relativize(projectRoot.resolve(name).normalize());
        String target = contentRoot.relativize(projectRoot.resolve(glossaryPage).normalize()).toString()
                .replace(File.separatorChar, '/').replaceFirst("\\.adoc$", ".html");
        return "../".repeat(page.getNameCount() - 1) + target;
    }

    private Options options() {
        // SAFE keeps include:: inside content/ (JBake itself runs UNSAFE, which inlines any file on the machine).
        // The base directory is what makes a page's includes count from content/: see IncludeResolver.
        return Options.builder()
                .safe(SafeMode.SAFE)
                .baseDir(contentRoot.toFile())
                .toFile(false)
                .standalone(false)
                .sourcemap(true)
                .attributes(attributes)
                .build();
    }

    private static String text(Map<String, Object> attrs, String key) {
        Object value = attrs.get(PREFIX + key);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    private Diagnostic fromLog(LogRecord logRecord, String convertedFile, SourceText source) {
        Cursor cursor = logRecord.getCursor();
        String file = convertedFile;
        int line = 0;
        if (cursor != null) {
            line = cursor.getLineNumber();
            if (cursor.getFile() != null && !cursor.getFile().startsWith("<")) {
                file = relative(Path.of(cursor.getFile()));
            }
        }
        // Asciidoctor names absolute paths; an editor's message (and the CI log) should not.
        String message = logRecord.getMessage().replace(projectRoot + File.separator, "");
        Matcher missing = MISSING_ATTRIBUTE.matcher(message);
        if (line == 0 && file.equals(convertedFile) && missing.find()) {
            line = source.lineContaining("{" + missing.group(1) + "}");
        }
        line = line > 0 || !file.equals(convertedFile) ? line : AsciidoctorHints.writtenAt(message, source::lineContainingIgnoreCase);
        boolean serious = logRecord.getSeverity().ordinal() >= Severity.WARN.ordinal()
                || message.startsWith("possible invalid reference");
        return new Diagnostic(serious ? dk.kk.tillid.problem.Severity.ERROR : dk.kk.tillid.problem.Severity.WARNING,
                file, line, AsciidoctorHints.message(message), AsciidoctorHints.forMessage(message));
    }

    private String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectRoot)
                ? RelativePath.of(projectRoot, absolute)
                : file.getFileName().toString();
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
