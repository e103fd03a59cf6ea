package dk.kk.tillid.bake;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asciidoctor's own messages, which it logs in English, told to editors in Danish with what to do. The English
 * text stays at the end in brackets: it is what a search on the web finds, and what {@link TableDelimiters}
 * recognises. A message not in the table keeps its English text.
 */
final class AsciidoctorHints {
    private record Hint(Pattern english, Function<Matcher, String> danish, String fix) {
    }

    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: ([\\w-]+)");
    private static final Pattern INVALID_REFERENCE = Pattern.compile("^possible invalid reference: (.+)");

    /** What each kind of block is called, and the line that opens and closes it. */
    private static final Map<String, String> BLOCKS = Map.ofEntries(
            Map.entry("listing", "kodeblok (----)"),
            Map.entry("literal", "blok med fast tekst (....)"),
            Map.entry("example", "eksempelblok (====)"),
            Map.entry("sidebar", "sideblok (****)"),
            Map.entry("quote", "citatblok (____)"),
            Map.entry("verse", "versblok (____)"),
            Map.entry("open", "åben blok (--)"),
            Map.entry("pass", "blok med rå HTML (++++)"),
            Map.entry("comment", "kommentarblok (////)"),
            Map.entry("table", "tabel (|===)"),
            Map.entry("stem", "formelblok (++++)"));

    /** Tried in order: the first pattern found in the message tells it. */
    private static final List<Hint> HINTS = List.of(
            new Hint(Pattern.compile("^section title out of sequence: expected (levels? [\\d or,]+), got level (\\d+)"),
                    m -> "Overskriften med " + headings(m.group(2)) + " springer et niveau over: her kan kun stå en overskrift med "
                            + headings(m.group(1)) + ".",
                    "Brug overskriftsniveauerne i rækkefølge: == før ===."),
            new Hint(Pattern.compile("^callout list item index: expected (\\d+), got (\\d+)"),
                    m -> "Forklaringen <" + m.group(2) + "> står, hvor forklaring <" + m.group(1) + "> skulle stå.",
                    "Nummerér forklaringerne under kodeblokken i rækkefølge: <1>, <2>, <3> …"),
            new Hint(Pattern.compile("^no callout found for <(\\d+)>"),
                    m -> "Forklaringen <" + m.group(1) + "> har ikke noget mærke <" + m.group(1) + "> i kodeblokken over sig.",
                    "Sæt mærket <N> i enden af den kodelinje, forklaringen hører til, eller slet forklaringen."),
            new Hint(Pattern.compile("^list item index: expected (\\d+), got (\\d+)"),
                    m -> "Punktet i den nummererede liste har nummer " + m.group(2) + ", men det skulle være " + m.group(1) + ".",
                    "Nummerér punkterne i rækkefølge, eller skriv blot . foran hvert punkt: så tæller listen selv."),
            new Hint(Pattern.compile("^unterminated (\\w+) block"),
                    m -> "Blokken, der begynder her, bliver ikke lukket: en " + BLOCKS.getOrDefault(m.group(1), m.group(1) + "-blok")
                            + " skal lukkes med samme linje, som åbnede den.",
                    "Luk blokken med den samme afgrænserlinje, som åbnede den (fx ---- eller |===)."),
            new Hint(INVALID_REFERENCE,
                    m -> "Henvisningen til '" + m.group(1) + "' peger på et afsnit, der ikke findes på siden.",
                    "Ret id'et i <<…>> eller xref:, eller sæt [#id] på det afsnit, der skal linkes til."),
            new Hint(Pattern.compile("^include file not found: (.+)"),
                    m -> "Filen '" + m.group(1) + "' i include-linjen findes ikke.",
                    "Ret stien i include-linjen (den regnes fra content/, fx include::rapport/fil.adoc[]), eller opret filen."),
            new Hint(Pattern.compile("^tags? '(.+)' not found in include file: (.+)"),
                    m -> "Stykket '" + m.group(1) + "' er ikke mærket i den inkluderede fil " + m.group(2) + ".",
                    "Ret tag-navnet i include-linjen, så det findes som // tag::navn[] i den inkluderede fil."),
            new Hint(Pattern.compile("^(?:skipping reference|dropping line containing reference) to missing attribute: (.+)"),
                    m -> "Attributten {" + m.group(1) + "} findes ikke, så teksten i krøllede parenteser kan ikke vises.",
                    "Skriv ordet uden krøllede parenteser, sæt en omvendt skråstreg foran { , eller giv attributten en værdi i"
                            + " hovedet (:navn: værdi)."),
            new Hint(Pattern.compile("^dropping cells from incomplete row"),
                    m -> "Tabellens sidste række har færre celler, end tabellen har kolonner, og bliver ikke vist.",
                    "Giv hver række lige så mange celler, som tabellen har kolonner."),
            new Hint(Pattern.compile("^table missing leading separator"),
                    m -> "Tabellens første celle begynder ikke med |.",
                    "Begynd hver celle med en lodret streg |."),
            new Hint(Pattern.compile("^id assigned to \\w+ already in use: (.+)"),
                    m -> "Id'et '" + m.group(1) + "' er allerede brugt et andet sted på siden.",
                    "Giv hvert [#id] et navn, der kun bruges én gang på siden."),
            new Hint(Pattern.compile("^unterminated preprocessor conditional directive: (.+)"),
                    m -> "Betingelsen " + m.group(1) + " bliver aldrig lukket.",
                    "Luk betingelsen med endif::[] på sin egen linje."),
            new Hint(Pattern.compile("^(?:unmatched|mismatched) preprocessor directive: ([^,]+)"),
                    m -> "Linjen " + m.group(1) + " lukker ikke den betingelse, der er åben.",
                    "Skriv endif:: med samme navn som den ifdef:: eller ifndef::, den lukker, eller slet linjen."),
            new Hint(Pattern.compile("^level 0 sections can only be used when doctype is book"),
                    m -> "En overskrift med ét = kan kun stå som sidens titel i første linje.",
                    "Brug == til afsnit og === til underafsnit."));

    private AsciidoctorHints() {
    }

    /** The message in Danish, with Asciidoctor's own words after it; an unknown one as Asciidoctor wrote it. */
    static String message(String english) {
        for (Hint hint : HINTS) {
            Matcher matcher = hint.english().matcher(english);
            if (matcher.find()) {
                return hint.danish().apply(matcher) + " (Asciidoctor: " + english + ")";
            }
        }
        return "Asciidoctor: " + english;
    }

    /**
     * The line of the page that a message without one is about, where the page itself shows it: a reference
     * to a missing id or attribute is logged while converting, after the lines are gone; letter case aside, as
     * Asciidoctor gives attribute names in lower case. 0 when not found.
     */
    static int writtenAt(String message, ToIntFunction<String> lineContaining) {
        Matcher attribute = MISSING_ATTRIBUTE.matcher(message);
        if (attribute.find()) {
            return lineContaining.applyAsInt("{" + attribute.group(1) + "}");
        }
        Matcher reference = INVALID_REFERENCE.matcher(message);
        if (!reference.find()) {
            return 0;
        }
        String id = reference.group(1).strip();
        for (String written : List.of("<<" + id, "xref:" + id, "xref:#" + id, "#" + id)) {
            int line = lineContaining.applyAsInt(written);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    static String forMessage(String message) {
        for (Hint hint : HINTS) {
            if (hint.english().matcher(message).find()) {
                return hint.fix();
            }
        }
        if (message.contains("outside of jail") || message.contains("outside of base directory")) {
            return "Inkludér kun filer, der ligger under content/.";
        }
        if (message.contains("image")) {
            return "Læg billedet under content/ og ret stien.";
        }
        return "Ret AsciiDoc-syntaksen på linjen.";
    }

    /** Asciidoctor's section levels as editors write them: level 1 is ==, level 2 is ===. */
    private static String headings(String levels) {
        List<String> markers = Pattern.compile("\\d+").matcher(levels).results()
                .map(level -> "=".repeat(Integer.parseInt(level.group()) + 1)).toList();
        return String.join(" eller ", markers);
    }
}
