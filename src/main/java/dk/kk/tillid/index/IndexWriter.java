package dk.kk.tillid.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the index as script files that call {@code tillidSearchData(name, data)}: script elements
 * load from file:// where fetch is refused. The browser loads only what a query needs:
 * <ul>
 * <li>meta.js: section counts and types of every page, and which term groups exist;</li>
 * <li>v-{g}.js: the terms starting with letter g, with their section counts and spellings
 *     (one letter so a typo after the first letter still finds its word in the same file);</li>
 * <li>p-{g}-{n}.js: the postings of a run of those terms, cut at about {@value #CHUNK_CHARS} characters;</li>
 * <li>f-{n}.js: title, description, headings and text of page n, and which other pages show a section's
 *     text, for showing results;</li>
 * <li>e-{c}.js: for the three-letter words beginning with c, the terms that end with one after a rest that is a
 *     term too (see {@link #addEndings}).</li>
 * </ul>
 */
final class IndexWriter {
    static final String CALLBACK = "tillidSearchData";
    /** The front page ranks after every other page: it only points to where things are said. */
    static final String FRONT_PAGE = "index.html";
    private static final int CHUNK_CHARS = 12_000;
    private static final Pattern OUR_FILES = Pattern.compile("(meta|[vpfe]-[a-z0-9_-]+)\\.js");

    /** File name to content: encoding is most of the work, and needs nothing of the site folder. */
    private final Map<String, Supplier<byte[]>> files = new ConcurrentHashMap<>();

    private IndexWriter() {
    }

    /**
     * The index files of a model, not yet written.
     * @param typeLabels content type to what readers see, in the order the search filter offers them
     */
    static IndexWriter encode(IndexModel model, Map<String, String> typeLabels) {
        return encode(model.pages(), encoded(model), typeLabels, path -> false, path -> null, UnaryOperator.identity(), null);
    }

    /** Every term of the model with its postings packed, each on its own core. */
    static SortedMap<String, EncodedTerm> encoded(IndexModel model) {
        SortedMap<String, EncodedTerm> terms = new TreeMap<>();
        model.terms().values().parallelStream().map(EncodedTerm::of).toList().forEach(t -> terms.put(t.term(), t));
        return terms;
    }

    /**
     * @param kept    whether the cache keeps what {@link #fragment} made of a page (by path) in an earlier build that
     *                saw it as it is now
     * @param earlier that data, read when the f-file is written (null: no longer readable)
     * @param text    a page of the model with the text its f-file shows (it may be given without)
     * @param made    where the data of the f-files made now is put, by path (null: nowhere)
     */
    static IndexWriter encode(List<Page> pages, SortedMap<String, EncodedTerm> terms, Map<String, String> typeLabels,
                              java.util.function.Predicate<String> kept, Function<String, byte[]> earlier,
                              UnaryOperator<Page> text, Map<String, byte[]> made) {
        IndexWriter writer = new IndexWriter();
        writer.encodeAll(pages, terms, typeLabels, kept, earlier, text, made);
        return writer;
    }

    /**
     * Replaces the index in {@code dir} with these files. Each file is written aside and renamed into place, so
     * a reader of a site being served (the preview's) finds every file whole; a file that already has its bytes
     * is not written. @return bytes of the index
     */
    long writeTo(Path dir) throws IOException {
        return writeTo(dir, null);
    }

    /**
     * As {@link #writeTo(Path)}; into a folder made now (the build's staging site), a file that {@code earlier} (the
     * index of the site in place, or null) holds with the same bytes is linked to it rather than written: a next
     * build changes a few of thousands, and writing them all anew, then deleting the old ones with the old site,
     * cost about 0.8 s of system time at 10,000 pages. No index file is ever changed in place (written aside and renamed, or
     * made new), so a file the two sites share stays as either has it.
     */
    long writeTo(Path dir, Path earlier) throws IOException {
        // A folder made now has no reader yet: its files need not be written aside. So has an empty one in a new
        // site's folder (a caller that gives {@code earlier} serves that site until this one is whole).
        boolean fresh = !Files.exists(dir) || earlier != null && isEmptyFolder(dir);
        Files.createDirectories(dir);
        Path linkable = fresh && earlier != null && Files.isDirectory(earlier) ? earlier : null;
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        try {
            files.entrySet().parallelStream().forEach(file -> {
                byte[] content = file.getValue().get();
                bytes.addAndGet(content.length);
                if (linkable == null || !linked(linkable.resolve(file.getKey()), dir.resolve(file.getKey()), content)) {
                    replace(dir, file.getKey(), content, fresh);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        removeOthers(dir);
        return bytes.get();
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.findAny().isEmpty();
        }
    }

    /** Reused per thread: the earlier files are read only to be compared. */
    private static final ThreadLocal<byte[]> READ = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /**
     * Links {@code target} to {@code earlier} when that holds exactly {@code content}; false when it does not. The
     * link is made first and its own bytes compared, so the file published is the one compared even when another
     * build swaps its site in between.
     */
    private static boolean linked(Path earlier, Path target, byte[] content) {
        try {
            Files.createLink(target, earlier);
        } catch (UnsupportedOperationException | IOException e) {
            // A file system without hard links (or the earlier file gone meanwhile): written instead.
            return false;
        }
        if (holdsExactly(target, content)) {
            return true;
        }
        try {
            Files.delete(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private static boolean holdsExactly(Path file, byte[] content) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ,
                java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (channel.size() != content.length) {
                return false;
            }
            byte[] buffer = READ.get();
            if (buffer.length < content.length) {
                buffer = new byte[content.length];
                READ.set(buffer);
            }
            java.nio.ByteBuffer into = java.nio.ByteBuffer.wrap(buffer, 0, content.length);
            while (into.hasRemaining() && channel.read(into) >= 0) {
                // A read may return fewer bytes than asked.
            }
            return !into.hasRemaining() && java.util.Arrays.equals(buffer, 0, content.length, content, 0, content.length);
        } catch (IOException e) {
            return false;
        }
    }

    private static void replace(Path dir, String name, byte[] content, boolean fresh) {
        try {
            if (fresh) {
                Files.write(dir.resolve(name), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return;
            }
            Path target = dir.resolve(name);
            // A file the last index wrote as it is now is left alone: a next build changes a few of thousands.
            if (Files.isRegularFile(target) && Files.size(target) == content.length
                    && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
                return;
            }
            Path aside = dir.resolve("." + name + ".new");
            Files.write(aside, content);
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void encodeAll(List<Page> pages, SortedMap<String, EncodedTerm> terms, Map<String, String> typeLabels,
                           java.util.function.Predicate<String> kept, Function<String, byte[]> earlier,
                           UnaryOperator<Page> text, Map<String, byte[]> made) {
        Map<String, List<EncodedTerm>> groups = new TreeMap<>();
        terms.forEach((term, entry) -> groups.computeIfAbsent(groupOf(term), g -> new ArrayList<>()).add(entry));
        addMeta(pages, String.join("", groups.keySet()), addEndings(terms), typeLabels);
        for (Map.Entry<String, List<EncodedTerm>> group : groups.entrySet()) {
            addGroup(group.getKey(), group.getValue());
        }
        IntStream.range(0, pages.size()).parallel().forEach(p -> {
            Page page = pages.get(p);
            if (kept.test(page.path())) {
                // Read from the cache's mapped file as it is written, so not held on the heap while the links are
                // checked; should that fail after all, made again from the page.
                add("f-" + p, () -> {
                    byte[] data = earlier.apply(page.path());
                    return data != null ? data : fragment(text.apply(page));
                });
                return;
            }
            byte[] data = fragment(text.apply(page));
            if (made != null) {
                made.put(page.path(), data);
            }
            add("f-" + p, () -> data);
        });
    }

    static String groupOf(String term) {
        char first = term.charAt(0);
        if (first >= 'a' && first <= 'z') {
            return String.valueOf(first);
        }
        return first >= '0' && first <= '9' ? "0" : "_";
    }

    /** Index files of an earlier index that this one does not have. */
    private void removeOthers(Path dir) throws IOException {
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path file : listed.toList()) {
                String name = file.getFileName().toString();
                if (OUR_FILES.matcher(name).matches() && !files.containsKey(name)) {
                    Files.delete(file);
                }
            }
        }
    }

    static final int SHORT_END = 3;
    private static final int END_REST = 3;
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    /**
     * A three-letter query word with no term of its own may end a compound the lexicon left whole ("dag" in
     * "keynotedag"): it finds the terms that end with it after a rest that is a term as it stands ("ends"), or one
     * with a linking s or e left off ("linked": "årstal", which search.js checks against the text). Listed here at
     * build time, where every term is known, so the query loads one small file instead of every v-file.
     * @return the first letters of the words that have a file
     */
    private String addEndings(SortedMap<String, EncodedTerm> terms) {
        Map<String, Map<String, Map<String, List<String>>>> byLetter = new TreeMap<>();
        for (String term : terms.keySet()) {
            int cut = term.length() - SHORT_END;
            if (cut < END_REST || term.charAt(0) < 'a' || term.charAt(0) > 'z'
                    || !LETTERS.matcher(term.substring(cut)).matches()) {
                continue;
            }
            String rest = term.substring(0, cut);
            String how = terms.containsKey(Terms.term(rest)) ? "ends"
                    : rest.length() > END_REST && (rest.endsWith("s") || rest.endsWith("e"))
                    && terms.containsKey(Terms.term(rest.substring(0, rest.length() - 1))) ? "linked" : null;
            if (how != null) {
                String end = term.substring(cut);
                byLetter.computeIfAbsent(end.substring(0, 1), c -> new TreeMap<>())
                        .computeIfAbsent(how, h -> new TreeMap<>())
                        .computeIfAbsent(end, e -> new ArrayList<>()).add(term);
            }
        }
        byLetter.forEach((letter, data) -> add("e-" + letter, data));
        return String.join("", byLetter.keySet());
    }

    private void addMeta(List<Page> pages, String groups, String endings, Map<String, String> typeLabels) {
        List<String> types = new ArrayList<>();
        StringBuilder pageTypes = new StringBuilder();
        int[] sectionCounts = new int[pages.size()];
        int sectionCount = 0;
        for (int p = 0; p < pages.size(); p++) {
            Page page = pages.get(p);
            if (!types.contains(page.type())) {
                types.add(page.type());
            }
            pageTypes.append(types.indexOf(page.type()));
            sectionCounts[p] = page.sections().size();
            sectionCount += sectionCounts[p];
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("sections", sectionCount);
        meta.put("types", types);
        meta.put("pageTypes", pageTypes.toString());
        meta.put("pageSections", sectionCounts);
        meta.put("groups", groups);
        meta.put("endings", endings);
        meta.put("frontPage", IntStream.range(0, pages.size())
                .filter(p -> pages.get(p).path().equals(FRONT_PAGE)).findFirst().orElse(-1));
        meta.put("typeLabels", typeLabels);
        add("meta", meta);
    }

    private void addGroup(String group, List<EncodedTerm> entries) {
        StringBuilder terms = new StringBuilder();
        int[] counts = new int[entries.size()];
        Map<String, Object> spellings = new LinkedHashMap<>();
        List<Integer> chunkStarts = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int chunkChars = 0;
        String previous = "";
        for (int i = 0; i < entries.size(); i++) {
            EncodedTerm entry = entries.get(i);
            terms.append(i == 0 ? "" : ",").append(frontCoded(previous, entry.term()));
            previous = entry.term();
            counts[i] = entry.count();
            if (!entry.spellings().isEmpty()) {
                spellings.put(String.valueOf(i), entry.spellings());
            }
            String encoded = entry.postings();
            if (!chunk.isEmpty() && chunkChars + encoded.length() > CHUNK_CHARS) {
                addChunk(group, chunkStarts.size() - 1, chunk);
                chunk = new ArrayList<>();
                chunkChars = 0;
            }
            if (chunk.isEmpty()) {
                chunkStarts.add(i);
            }
            chunk.add(encoded);
            chunkChars += encoded.length();
        }
        addChunk(group, chunkStarts.size() - 1, chunk);
        Map<String, Object> vocabulary = new LinkedHashMap<>();
        vocabulary.put("terms", terms.toString());
        vocabulary.put("counts", counts);
        vocabulary.put("chunks", chunkStarts);
        vocabulary.put("spellings", spellings);
        add("v-" + group, vocabulary);
    }

    // Sorted neighbours share long beginnings (tillid, tillidsbaser, tillidsdagsorden...).
    private static String frontCoded(String previous, String term) {
        int shared = 0;
        int max = Math.min(35, Math.min(previous.length(), term.length()));
        while (shared < max && previous.charAt(shared) == term.charAt(shared)) {
            shared++;
        }
        return Character.forDigit(shared, 36) + term.substring(shared);
    }

    private void addChunk(String group, int number, List<String> postings) {
        add("p-" + group + "-" + number, Map.of("postings", postings));
    }

    /** The data of a page's f-file: it depends on the page alone, not on its number. */
    static byte[] fragment(Page page) {
        List<List<Object>> sections = new ArrayList<>();
        for (SectionText s : page.sections()) {
            List<Object> section = new ArrayList<>(List.of(s.anchor(), s.heading(), PageReader.withoutMarks(s.body())));
            // Fourth, only where other pages show the section's text: [path, title, anchor] of each.
            if (!s.alsoOn().isEmpty()) {
                section.add(s.alsoOn().stream().map(o -> List.of(o.path(), o.title(), o.anchor())).toList());
            }
            sections.add(section);
        }
        Map<String, Object> fragment = new LinkedHashMap<>();
        fragment.put("path", page.path());
        fragment.put("title", page.title());
        fragment.put("type", page.type());
        if (!page.description().isEmpty()) {
            fragment.put("description", page.description());
        }
        fragment.put("sections", sections);
        return JsonText.of(fragment).getBytes(StandardCharsets.US_ASCII);
    }

    /** An f-file, its data wrapped only as it is written: the data is all the heap holds of it till then. */
    private void add(String name, Supplier<byte[]> json) {
        byte[] head = (CALLBACK + "(" + JsonText.of(name) + ",").getBytes(StandardCharsets.US_ASCII);
        files.put(name + ".js", () -> {
            byte[] data = json.get();
            byte[] file = java.util.Arrays.copyOf(head, head.length + data.length + 3);
            System.arraycopy(data, 0, file, head.length, data.length);
            System.arraycopy(");\n".getBytes(StandardCharsets.US_ASCII), 0, file, head.length + data.length, 3);
            return file;
        });
    }

    private void add(String name, Object data) {
        byte[] file = (CALLBACK + "(" + JsonText.of(name) + "," + JsonText.of(data) + ");\n").getBytes(StandardCharsets.US_ASCII);
        files.put(name + ".js", () -> file);
    }
}
