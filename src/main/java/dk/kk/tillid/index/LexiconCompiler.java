package dk.kk.tillid.index;

import org.apache.lucene.analysis.hunspell.DictEntries;
import org.apache.lucene.analysis.hunspell.DictEntry;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Runs once when the tool is built, never in a bake: reads Stavekontrolden's Danish hunspell dictionary
 * with Lucene and writes the three sorted lists {@link Lexicon} reads. Lucene needs seconds to read the
 * hunspell files; the lists load in a fraction of that, and neither Lucene nor the dictionary ships.
 * <p>
 * The dictionary marks which words may start a compound and with which linking letter (its
 * COMPOUNDBEGIN suffix classes: "udvikling" + "s", "leder" as it is), and which may end one; that is
 * what keeps "allerede" from becoming alle + rede, since "alle" is marked as no first part.
 */
public final class LexiconCompiler {
    private static final String HUNSPELL = "org/languagetool/resource/da/hunspell/da_DK.";
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    /** Raise when the lists change meaning, so an existing build compiles them again. */
    private static final String FORMAT = "6";

    private LexiconCompiler() {
    }

    /** @param args the class output folder the lists are written into */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve(Lexicon.RESOURCE_DIR);
        // Compiled once per clean build; the stamp makes a change of this class compile the lists again.
        Path stamp = out.resolve("format");
        if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(FORMAT)) {
            return;
        }
        byte[] aff = resource("aff");
        byte[] dic = resource("dic");
        Dictionary dictionary = new Dictionary(new ByteArrayInputStream(aff),
                List.of(new ByteArrayInputStream(dic)), false, SortingStrategy.inMemory());
        CompoundFlags flags = CompoundFlags.of(new String(aff, StandardCharsets.UTF_8));
        TreeMap<String, String> firsts = new TreeMap<>();
        TreeSet<String> lasts = new TreeSet<>();
        for (String word : words(new String(dic, StandardCharsets.UTF_8))) {
            DictEntries entries = dictionary.lookupEntries(word);
            // Names and abbreviations ("Else", "Per") are written with capitals and are no compound parts.
            if (entries == null || !word.equals(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String folded = Terms.folded(word);
            if (!LETTERS.matcher(folded).matches()) {
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                DictEntry entry = entries.get(i);
                List<String> entryFlags = List.of(entry.getFlags().split(","));
                String bare = bareWord(folded, entryFlags, flags);
                for (String flag : entryFlags) {
                    String link = flags.firstPartLinks.get(flag);
                    if (link != null) {
                        firsts.merge(folded + link, bare, (a, b) -> a.length() <= b.length() ? a : b);
                    }
                    if (flags.lastPart.contains(flag)) {
                        // The light stem stands for the inflected forms, which may end a compound too.
                        lasts.add(LightStemmer.stem(folded));
                    }
                }
            }
        }
        Files.createDirectories(out);
        write(out.resolve(Lexicon.SHORT_FORMS), shortForms(dictionary, new String(dic, StandardCharsets.UTF_8)));
        List<String> firstLines = new ArrayList<>();
        firsts.forEach((written, word) -> firstLines.add(written.equals(word) ? written : written + "\t" + word));
        write(out.resolve(Lexicon.FIRSTS), firstLines);
        write(out.resolve(Lexicon.LASTS), new ArrayList<>(lasts));
        Files.writeString(stamp, FORMAT);
    }

    /**
     * "form\tterm" for each inflected form of a short word whose light stem would part it from the word
     * ("målene", "målet" from "mål"; "kager" from "kage"): the light stemmer keeps four letters, which is
     * what keeps "leder" apart from "led", so only the dictionary can tell a form of "mål" from a word of
     * its own. A form is listed only where the dictionary names the short word as its root and where
     * {@link Terms#shortStems} offers that word first among the roots, which is what search.js tries when a
     * query word is not in the index. A form the dictionary lists as a word of its own ("leder"), or one the
     * light stem already joins with another root, stays apart.
     */
    private static List<String> shortForms(Dictionary dictionary, String dic) {
        Hunspell hunspell = new Hunspell(dictionary);
        Set<String> headwords = new HashSet<>();
        for (String word : words(dic)) {
            headwords.add(word.toLowerCase(Locale.ROOT));
        }
        TreeMap<String, String> forms = new TreeMap<>();
        for (String lemma : new TreeSet<>(headwords)) {
            String folded = Terms.folded(lemma);
            String lemmaTerm = Terms.term(lemma);
            if (!LETTERS.matcher(folded).matches() || lemmaTerm.isEmpty()
                    || LightStemmer.contract(folded).length() > LightStemmer.MIN_STEM) {
                continue;
            }
            // Lucene's form generator gives only the compounding forms of this dictionary, so each ending is tried.
            for (String form : formsToTry(lemma)) {
                if (headwords.contains(form) || !hunspell.spell(form)
                        || Terms.term(form).isEmpty() || Terms.term(form).equals(lemmaTerm)) {
                    continue;
                }
                List<String> candidates = Terms.shortStems(form);
                if (!candidates.contains(lemmaTerm)) {
                    continue;
                }
                Set<String> roots = new HashSet<>();
                for (String root : hunspell.getRoots(form)) {
                    roots.add(Terms.term(root));
                }
                String first = candidates.stream().filter(roots::contains).findFirst().orElse("");
                // "ledere" is a form of the adjective "led" too, but the light stem already joins it with "leder".
                if (first.equals(lemmaTerm) && !roots.contains(Terms.term(form))) {
                    forms.put(Terms.folded(form), lemmaTerm);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        forms.forEach((form, term) -> lines.add(form + "\t" + term));
        return lines;
    }

    /** The short word with each inflection ending, on the word and on it without a final -e ("kage", "kag"). */
    private static Set<String> formsToTry(String lemma) {
        Set<String> forms = new TreeSet<>();
        List<String> bases = lemma.endsWith("e") ? List.of(lemma, lemma.substring(0, lemma.length() - 1)) : List.of(lemma);
        for (String base : bases) {
            for (String ending : LightStemmer.endings()) {
                forms.add(base + ending);
            }
        }
        return forms;
    }

    // A few first parts are listed as written in compounds ("arbejds/942"): the term is the word's own.
    private static String bareWord(String folded, List<String> entryFlags, CompoundFlags flags) {
        boolean listedAsLinked = entryFlags.stream().anyMatch(flags.direct()::contains)
                && folded.endsWith("s") && folded.length() > 4;
        return listedAsLinked ? folded.substring(0, folded.length() - 1) : folded;
    }

    private static byte[] resource(String extension) throws IOException {
        try (InputStream in = LexiconCompiler.class.getClassLoader().getResourceAsStream(HUNSPELL + extension)) {
            if (in == null) {
                throw new IOException("da_DK." + extension + " not on the class path (org.languagetool:language-da)");
            }
            return in.readAllBytes();
        }
    }

    /** The words of a .dic file: its first line is a count, each other line a word and its flags after '/'. */
    private static Set<String> words(String dic) {
        Set<String> words = new TreeSet<>();
        String[] lines = dic.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int slash = line.indexOf('/');
            String word = slash < 0 ? line : line.substring(0, slash);
            if (!word.isEmpty() && !word.contains("\\")) {
                words.add(word);
            }
        }
        return words;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.US_ASCII);
    }

    /**
     * Which flags let a word start a compound (and with which letters), and which let it end one. Lucene
     * applies these rules when it checks a word but does not expose them, so the few affix lines that
     * carry them are read here: a suffix class whose rules continue with COMPOUNDBEGIN or COMPOUNDMIDDLE
     * makes a first part, one that continues with COMPOUNDEND a last part; the flags themselves may also
     * stand on a word.
     */
    private record CompoundFlags(Map<String, String> firstPartLinks, Set<String> lastPart, Set<String> direct) {
        static CompoundFlags of(String aff) {
            Map<String, String> settings = new HashMap<>();
            List<String[]> suffixRules = new ArrayList<>();
            for (String line : aff.split("\n")) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 2 && f[0].startsWith("COMPOUND")) {
                    settings.put(f[0], f[1]);
                } else if (f.length >= 4 && f[0].equals("SFX") && !f[2].equals("Y") && !f[2].equals("N")) {
                    suffixRules.add(f);
                }
            }
            Set<String> begin = new HashSet<>();
            for (String key : List.of("COMPOUNDBEGIN", "COMPOUNDMIDDLE")) {
                if (settings.containsKey(key)) {
                    begin.add(settings.get(key));
                }
            }
            String end = settings.get("COMPOUNDEND");
            Map<String, String> links = new HashMap<>();
            Set<String> last = new HashSet<>();
            begin.forEach(flag -> links.put(flag, ""));
            if (end != null) {
                last.add(end);
            }
            for (String[] rule : suffixRules) {
                String[] addAndFlags = rule[3].split("/", 2);
                if (addAndFlags.length < 2 || !rule[2].equals("0")) {
                    continue;
                }
                String add = addAndFlags[0].equals("0") ? "" : addAndFlags[0];
                Set<String> continuation = Set.of(addAndFlags[1].split(","));
                if (continuation.stream().anyMatch(begin::contains) && LETTERS.matcher(add.isEmpty() ? "a" : add).matches()) {
                    links.putIfAbsent(rule[1], add);
                }
                if (end != null && continuation.contains(end) && add.isEmpty()) {
                    last.add(rule[1]);
                }
            }
            return new CompoundFlags(links, last, Set.copyOf(begin));
        }
    }
}
