package dk.kk.tillid.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compound parts Stavekontrolden's Danish dictionary allows, folded as {@link Terms#folded} does: first
 * parts as written in a compound, linking letter included ("udviklings" for "udvikling"), and the light
 * stems of the words that may end one (the last part may be inflected: "-ydelserne"). {@link LexiconCompiler}
 * prepares both lists when the tool is built.
 */
final class Lexicon {
    static final String RESOURCE_DIR = "dk/kk/tillid/index/lexicon";
    static final String FIRSTS = "first-parts.txt";
    static final String LASTS = "last-parts.txt";
    static final String SHORT_FORMS = "short-forms.txt";

    private static volatile Lexicon danish;

    private final SortedWords firsts;
    private final SortedWords lasts;
    private final SortedWords shortForms;

    private Lexicon(SortedWords firsts, SortedWords lasts, SortedWords shortForms) {
        this.firsts = firsts;
        this.lasts = lasts;
        this.shortForms = shortForms;
    }

    /** The lexicon of the tool, read once per JVM. */
    static Lexicon danish() {
        Lexicon lexicon = danish;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                if (danish == null) {
                    danish = new Lexicon(SortedWords.read(FIRSTS), SortedWords.read(LASTS), SortedWords.read(SHORT_FORMS));
                }
                lexicon = danish;
            }
        }
        return lexicon;
    }

    /**
     * A lexicon for tests: each word may end a compound and start one, as it is or with a linking -s-.
     */
    static Lexicon of(String... words) {
        Map<String, String> firsts = new TreeMap<>();
        for (String word : words) {
            String folded = Terms.folded(word);
            firsts.put(folded, folded);
            firsts.put(folded + "s", folded);
        }
        StringBuilder firstLines = new StringBuilder();
        firsts.forEach((written, word) -> firstLines.append(written)
                .append(written.equals(word) ? "" : "\t" + word).append('\n'));
        String lasts = Arrays.stream(words).map(w -> LightStemmer.stem(Terms.folded(w))).sorted().distinct()
                .reduce("", (a, b) -> a + b + "\n");
        return new Lexicon(SortedWords.of(firstLines.toString()), SortedWords.of(lasts), SortedWords.of(""));
    }

    /** A lexicon for tests that knows only which inflected forms ("maalene") stand for which short word's term. */
    static Lexicon ofShortForms(Map<String, String> formToTerm) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(formToTerm).forEach((form, term) -> lines.append(form).append('\t').append(term).append('\n'));
        return new Lexicon(SortedWords.of(""), SortedWords.of(""), SortedWords.of(lines.toString()));
    }

    /** This lexicon, for tests, with only these inflected forms of short words (see {@link #ofShortForms}). */
    Lexicon withShortForms(Map<String, String> formToTerm) {
        return new Lexicon(firsts, lasts, ofShortForms(formToTerm).shortForms);
    }

    /** The term of the short word a folded inflected form stands for ("maalene" → "maal"), or null. */
    String shortForm(String folded) {
        return shortForms.value(shortForms.find(folded, 0, folded.length()));
    }

    /** The word a compound's first part spelled {@code w[from, to)} stands for, or null when it is none. */
    String firstPart(String w, int from, int to) {
        return firsts.value(firsts.find(w, from, to));
    }

    /**
     * How far a first part starting at {@code from} can reach: no first part is spelled {@code w[from, to)}
     * for any {@code to} beyond the returned index, as none starts with {@code w[from, reach)}.
     */
    int firstPartReach(String w, int from) {
        int to = from;
        while (to < w.length() && firsts.hasKeyStartingWith(w, from, to + 1)) {
            to++;
        }
        return to;
    }

    /** Whether the folded {@code w[from, to)}, inflected or not, may end a compound. */
    boolean isLastPart(String w, int from, int to) {
        String stem = LightStemmer.stem(w.substring(from, to));
        return lasts.find(stem, 0, stem.length()) >= 0;
    }

    /**
     * Whether the folded {@code w[from, to)} is an inflected form of a short word that may end a compound
     * ("faget" of "fag"), which its light stem does not show; never a function word ("anden").
     */
    boolean isShortWordsForm(String w, int from, int to) {
        String part = w.substring(from, to);
        String shortWord = StopWords.contains(part) ? null : shortForm(part);
        return shortWord != null && lasts.find(shortWord, 0, shortWord.length()) >= 0;
    }

    /** Whether the whole folded word is one the dictionary knows as a word of its own. */
    boolean isWord(String folded) {
        return isLastPart(folded, 0, folded.length()) || firsts.find(folded, 0, folded.length()) >= 0;
    }

    /**
     * A sorted list of ASCII lines ("key" or "key\tvalue") kept as bytes with line offsets: a couple of
     * hundred thousand words load in milliseconds this way, where a set of strings takes a good part of a second.
     */
    private static final class SortedWords {
        private final byte[] bytes;
        private final int[] starts;
        /** Where each line's key ends (its tab, or its end): compared on every step of every search. */
        private final int[] keyEnds;

        private SortedWords(byte[] bytes) {
            this.bytes = bytes;
            int lines = 0;
            for (byte b : bytes) {
                lines += b == '\n' ? 1 : 0;
            }
            starts = new int[lines + 1];
            keyEnds = new int[lines];
            int line = 0;
            int keyEnd = -1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\t' && keyEnd < 0) {
                    keyEnd = i;
                } else if (bytes[i] == '\n') {
                    keyEnds[line] = keyEnd < 0 ? i : keyEnd;
                    keyEnd = -1;
                    starts[++line] = i + 1;
                }
            }
        }

        static SortedWords read(String name) {
            try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the Danish lexicon is missing from the tool: " + name);
                }
                return new SortedWords(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static SortedWords of(String text) {
            return new SortedWords(text.getBytes(StandardCharsets.US_ASCII));
        }

        /** The line whose key is {@code word[from, to)}, or -1. */
        int find(String word, int from, int to) {
            int lo = 0;
            int hi = starts.length - 2;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, word, from, to);
                if (c == 0) {
                    return mid;
                } else if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return -1;
        }

        /** Whether some key starts with {@code word[from, to)}: the first key not below it does, if any. */
        boolean hasKeyStartingWith(String word, int from, int to) {
            int lo = 0;
            int hi = starts.length - 2;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(mid, word, from, to) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (lo > starts.length - 2) {
                return false;
            }
            int start = starts[lo];
            int end = keyEnds[lo];
            if (end - start < to - from) {
                return false;
            }
            for (int i = 0; i < to - from; i++) {
                if ((bytes[start + i] & 0xff) != word.charAt(from + i)) {
                    return false;
                }
            }
            return true;
        }

        String value(int line) {
            if (line < 0) {
                return null;
            }
            int start = starts[line];
            int end = starts[line + 1] - 1;
            int key = keyEnds[line];
            return new String(bytes, key == end ? start : key + 1, key == end ? end - start : end - key - 1,
                    StandardCharsets.US_ASCII);
        }

        // Keys are compared as the sorted file was: the tab ends a key and sorts below every letter.
        private int compare(int line, String word, int from, int to) {
            int start = starts[line];
            int end = keyEnds[line];
            int n = Math.min(end - start, to - from);
            for (int i = 0; i < n; i++) {
                int d = (bytes[start + i] & 0xff) - word.charAt(from + i);
                if (d != 0) {
                    return d;
                }
            }
            return (end - start) - (to - from);
        }
    }
}
