import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a complete project folder with a generated Danish AsciiDoc corpus of N pages, for the benchmark.
 *
 * <pre>java GenerateCorpus.java REPO_DIR OUT_DIR N [SEED]</pre>
 *
 * REPO_DIR's templates/, assets/ and jbake.properties are copied; content/ is generated: index.adoc,
 * search.adoc, opslag/ordliste.adoc (the repository's glossary), a landing index.adoc per folder and
 * N minus those fixed pages spread over rapport/, bilag/, programmer/, keynotes/ and opslag/. Every
 * generated page has about 800 words: h2/h3 headings with explicit ASCII ids, paragraphs with a little
 * inline markup and the glossary's abbreviations, a bulleted and a numbered list, a table (keynotes: the
 * timetable "Tid | Indhold"), tags from the site's fixed list, and cross references to sections of other
 * generated pages. The same N and seed give byte-identical files.
 */
public final class GenerateCorpus {

    static final long DEFAULT_SEED = 20130213L;
    static final int WORDS_PER_PAGE = 800;

    /** The fixed tag list of templates/lib/strings.ftl. */
    static final String[] TAGS = {"tillid", "lup-2", "lup-3", "dil", "lederugen", "keynote", "netvaerk",
            "ledelsesreform", "cogency", "kodeks", "koebenhavnerfortaellingen", "budget-2013"};

    /** Folder, content type, share of the generated pages, title prefix, landing title, landing order. */
    /**
     * @param max at most this many pages of the type, 0 for no limit. The site has one report and a few annexes,
     *            and every report's PDF "med bilag" holds every annex, so reports × annexes pages would be laid
     *            out: a corpus with 5 % reports and 15 % annexes measured the PDF stage at an unreal N², not a site.
     */
    record Section(String folder, String type, double share, String prefix, String landingTitle, int order, int max) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("rapport", "report", 0.05, "Rapport", "Rapporter", 10, 1),
            new Section("bilag", "annex", 0.15, "Bilag", "Bilag", 20, 12),
            new Section("programmer", "programme", 0.35, "Program", "Programmer og aktiviteter", 30, 0),
            new Section("keynotes", "keynote", 0.20, "Keynote", "Keynotes", 40, 0),
            new Section("opslag", "page", 0.25, "Opslag", "Opslag", 50, 0));

    static final String[] TOPICS = {
            "Tillid og eksekvering", "Plads til fagligheden", "Mindre bureaukrati", "Dialog med borgerne",
            "Ledelse på tværs", "Kerneopgaven i centrum", "Kodeks for god tillidsledelse", "Den faglige dømmekraft",
            "Tillidsbaseret styring", "Samarbejde med medarbejderne", "Ledelsesreformen i praksis",
            "Københavnerfortællingen", "Budget 2013 og prioriteringer", "Netværk for ledere", "Læring i hverdagen",
            "Måling der giver mening", "Kvalitet og produktivitet", "Ledelsesdilemmaer", "Ansvar og handlerum",
            "Gensidig forpligtelse", "Feedback og sparring", "Strategisk ledelse", "Forandring med omtanke",
            "Ledelse af fagprofessionelle", "Tværgående lederuddannelser", "Modul om tillid", "Åben dialog",
            "Resultater og effekt", "Ledergrupper i udvikling", "Fælles retning"};

    static final String[] HEADINGS = {
            "Baggrund", "Formål", "Målgruppe", "Indhold og form", "Tillid i praksis", "Erfaringer",
            "Næste skridt", "Evaluering", "Organisering", "Økonomi", "Tidsplan", "Samarbejde med forvaltningerne",
            "Ledelse og dialog", "Opfølgning", "Resultater", "Udfordringer", "Perspektiv", "Metode",
            "Deltagernes udbytte", "Roller og ansvar", "Sammenhæng med budgettet", "Anbefalinger",
            "Særlige forhold", "Læringsmål", "Forudsætninger", "Kommunikation", "Risici", "Afrunding"};

    static final String[] SUBJECTS = {
            "Lederne", "Medarbejderne", "Forvaltningerne", "Tværgående HR", "Direktionen", "Underviserne",
            "Deltagerne på LUP 2", "Deltagerne på LUP 3", "KK's ledere", "Teamet", "Projektgruppen",
            "Styregruppen", "ØKF", "BUF", "SUF", "SOF", "KFF", "Konsulenterne fra CBS", "Ledergruppen",
            "Erhvervsforskeren", "Modulansvarlige på DIL", "Netværket af ledere", "ØU"};

    static final String[] VERBS = {
            "drøfter", "styrker", "udvikler", "evaluerer", "beskriver", "understøtter", "prioriterer", "afprøver",
            "dokumenterer", "formidler", "undersøger", "forankrer", "konkretiserer", "udfordrer", "fremmer",
            "sætter fokus på", "arbejder videre med", "tager ansvar for", "følger op på", "skaber rum for"};

    static final String[] OBJECTS = {
            "tillidsdagsordenen", "kerneopgaven", "den faglige dømmekraft", "dialogen med borgerne",
            "samarbejdet på tværs", "kodeks for god tillidsledelse", "ledelsesreformen", "mindre bureaukrati",
            "de nye arbejdsgange", "budget 2013", "TBL som styringsparadigme", "kvaliteten i opgaveløsningen",
            "produktiviteten", "medarbejdernes handlerum", "den gensidige tillid", "ledelsesinformationen",
            "dokumentationskravene", "de faglige fællesskaber", "Københavnerfortællingen", "lederens rolle",
            "de lokale aftaler", "kompetenceudviklingen", "opgaven for fase 4", "den strategiske retning"};

    static final String[] ADVERBIALS = {
            "i det daglige arbejde", "på tværs af forvaltningerne", "i løbet af foråret 2013",
            "med afsæt i Københavnerfortællingen", "gennem hele forløbet", "i tæt dialog med medarbejderne",
            "på fjerde modul", "bl.a. gennem sparring", "fx i ledergruppen", "hhv. lokalt og centralt",
            "jfr. budgetaftalen", "i samarbejde med UCC", "på baggrund af evalueringen", "vedr. den nye struktur",
            "som en del af HR's indsats", "med støtte fra direktionen", "uden ekstra dokumentation",
            "i hver enkelt enhed", "på den årlige lederdag", "efter sommerferien", "inden udgangen af året"};

    static final String[] TAILS = {
            "så kvaliteten øges", "og det giver plads til fagligheden", "fordi tillid kræver gensidighed",
            "så borgerne mærker forskellen", "og resultaterne deles i netværket", "uden at kontrollen tager over",
            "så ledelsen bliver tydelig", "og erfaringerne samles løbende", "mv.", "så opgaven løses tættere på borgeren",
            "og det følges op på næste møde", "når rammerne er klare"};

    static final String[] PLACES = {
            "Rådhusets festsal", "Råvarebygningen, Porcelænshaven 22", "Ottiliavej 1, Valby", "CBS, Frederiksberg",
            "Københavns Rådhus, Rådhushallen", "UCC, Humletorvet", "Kultur Øst, Aarhusgade", "Bryggens Bypavillon"};

    static final String[] AGENDA = {
            "Velkomst og introduktion", "Keynoteforelæsning om tillid og styring", "Pause med kaffe og frugt",
            "Paneldebat med direktører fra KK", "Workshop om aktuelle ledelsesdilemmaer", "Opsamling i plenum",
            "Gruppearbejde om kodeks for god tillidsledelse", "Oplæg fra Tværgående HR", "Frokost",
            "Erfaringsudveksling i netværk", "Afrunding og netværk", "Dialog om næste skridt"};

    static final String[] ORGS = {"ØKF", "BUF", "SUF", "SOF", "KFF", "Tværgående HR", "Direktionen", "CBS", "UCC"};
    static final String[] STATUS = {"Gennemført", "I gang", "Planlagt", "Under evaluering", "Afventer budget", "Udskudt"};

    /** One page to write: where it lives, what it is called, the ids of its sections. */
    static final class Page {
        final Section section;
        final int number;
        final String title;
        final String file;
        final List<String> ids = new ArrayList<>();
        final List<String> headings = new ArrayList<>();

        Page(Section section, int number, String title, String file) {
            this.section = section;
            this.number = number;
            this.title = title;
            this.file = file;
        }

        String ref() {
            return section.folder + "/" + file;
        }
    }

    private final Random random;
    private final List<Page> pages = new ArrayList<>();

    GenerateCorpus(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java GenerateCorpus.java REPO_DIR OUT_DIR N [SEED]");
            System.exit(2);
        }
        Path repo = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        int n = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : DEFAULT_SEED;
        int fixed = 3 + SECTIONS.size();
        if (n < fixed + SECTIONS.size()) {
            throw new IllegalArgumentException("N must be at least " + (fixed + SECTIONS.size()));
        }
        deleteTree(out);
        Files.createDirectories(out);
        copyTree(repo.resolve("templates"), out.resolve("templates"));
        copyTree(repo.resolve("assets"), out.resolve("assets"));
        Files.copy(repo.resolve("jbake.properties"), out.resolve("jbake.properties"));
        GenerateCorpus generator = new GenerateCorpus(seed);
        long words = generator.write(repo, out.resolve("content"), n - fixed);
        System.out.printf(Locale.ROOT, "generated %d pages (%d generated, ~%d words each) in %s%n",
                n, n - fixed, words / Math.max(1, n - fixed), out);
    }

    /** Plans every page first (so cross references can name real sections), then writes them. */
    long write(Path repo, Path content, int generated) throws IOException {
        int[] counts = new int[SECTIONS.size()];
        int assigned = 0;
        for (int s = 0; s < SECTIONS.size(); s++) {
            int share = Math.max(1, (int) Math.floor(generated * SECTIONS.get(s).share()));
            counts[s] = SECTIONS.get(s).max() > 0 ? Math.min(share, SECTIONS.get(s).max()) : share;
            assigned += counts[s];
        }
        for (int s = 0; assigned < generated; s = (s + 1) % SECTIONS.size()) {
            int max = SECTIONS.get(s).max();
            if (max == 0 || counts[s] < max) {
                counts[s]++;
                assigned++;
            }
        }
        for (int s = 0; s < SECTIONS.size(); s++) {
            Section section = SECTIONS.get(s);
            for (int i = 1; i <= counts[s]; i++) {
                String topic = pick(TOPICS);
                String title = section.prefix() + " " + i + ": " + topic;
                String file = section.type() + "-" + String.format(Locale.ROOT, "%04d", i) + "-" + slug(topic) + ".adoc";
                Page page = new Page(section, i, title, file);
                int sectionCount = 5 + random.nextInt(3);
                Set<String> used = new LinkedHashSet<>();
                for (int h = 0; h < sectionCount; h++) {
                    String heading = pick(HEADINGS);
                    String id = slug(heading);
                    while (!used.add(id)) {
                        id = slug(heading) + "-" + (h + 1);
                    }
                    page.headings.add(heading);
                    page.ids.add(id);
                }
                pages.add(page);
            }
        }

        Files.createDirectories(content.resolve("opslag"));
        writeFile(content.resolve("index.adoc"), index());
        Path repoSearch = repo.resolve("content/search.adoc");
        writeFile(content.resolve("search.adoc"), Files.isRegularFile(repoSearch)
                ? Files.readString(repoSearch, StandardCharsets.UTF_8)
                : "= Søg\n:jbake-type: search\n:jbake-status: published\n:jbake-date: 2013-02-13\n");
        Path repoGlossary = repo.resolve("content/opslag/ordliste.adoc");
        if (!Files.isRegularFile(repoGlossary)) {
            throw new IOException("missing " + repoGlossary + ": the corpus uses the repository's glossary");
        }
        // Its cross references name pages of the real site, which the corpus does not have: kept as their text.
        writeFile(content.resolve("opslag/ordliste.adoc"), Files.readString(repoGlossary, StandardCharsets.UTF_8)
                .replaceAll("xref:[^\\[\\s]+\\[([^\\]]*)\\]", "$1"));
        for (Section section : SECTIONS) {
            Files.createDirectories(content.resolve(section.folder()));
            writeFile(content.resolve(section.folder()).resolve("index.adoc"), landing(section));
        }
        long words = 0;
        for (Page page : pages) {
            StringBuilder text = new StringBuilder();
            words += page(page, text);
            writeFile(content.resolve(page.ref()), text.toString());
        }
        return words;
    }

    private String index() {
        StringBuilder a = new StringBuilder();
        a.append("= Tillidsdagsordenen i lederuddannelser\n")
                .append(":jbake-type: page\n:jbake-status: published\n:jbake-date: 2013-02-13\n:jbake-order: 10\n")
                .append(":jbake-listing: report,annex,programme,keynote,page\n\n")
                .append("Her finder du rapporterne fra Tværgående HR om, hvordan tillidsdagsordenen er vævet ind i ")
                .append("lederuddannelserne, med deres bilag, en side for hvert program, programmerne for keynotes og ")
                .append("en række opslag med xref:opslag/ordliste.adoc[ordlisten].\n");
        for (Section section : SECTIONS) {
            a.append("\n[#").append(section.folder()).append("]\n== ").append(section.landingTitle()).append("\n\n");
            a.append("* xref:").append(section.folder()).append("/index.adoc[Oversigt: ")
                    .append(section.landingTitle().toLowerCase(Locale.ROOT)).append("]\n");
            pages.stream().filter(p -> p.section == section).limit(3)
                    .forEach(p -> a.append("* xref:").append(p.ref()).append("[").append(p.title).append("]\n"));
        }
        return a.toString();
    }

    private String landing(Section section) {
        return "= " + section.landingTitle() + "\n"
                + ":jbake-type: page\n:jbake-status: published\n:jbake-date: 2013-02-13\n"
                + ":jbake-order: " + section.order() + "\n"
                + ":jbake-listing: " + section.type() + "\n\n"
                + "Her finder du alle sider i afsnittet " + section.landingTitle().toLowerCase(Locale.ROOT)
                + ". Se også xref:../opslag/ordliste.adoc[ordlisten] og xref:../index.adoc[forsiden].\n";
    }

    /** Writes one generated page into {@code a}; returns its word count (prose, lists and tables). */
    private int page(Page page, StringBuilder a) {
        Section section = page.section;
        int[] words = {0};
        a.append("= ").append(page.title).append('\n');
        a.append(":jbake-type: ").append(section.type()).append('\n');
        a.append(":jbake-status: published\n");
        a.append(":jbake-date: ").append(date()).append('\n');
        a.append(":jbake-order: ").append(page.number * 10).append('\n');
        a.append(":jbake-tags: ").append(String.join(", ", tags())).append('\n');
        if (section.type().equals("keynote")) {
            a.append(":jbake-tid: ").append(9 + random.nextInt(5)).append(".00\n");
            a.append(":jbake-sted: ").append(pick(PLACES)).append('\n');
        } else if (section.type().equals("report")) {
            a.append(":jbake-sagsnr: 2013-").append(10000 + random.nextInt(89999)).append('\n');
            a.append(":jbake-afsender: Tværgående HR\n");
        }
        a.append('\n');
        a.append(paragraph(3, words)).append("\n\n");

        int tableAt = 1 + random.nextInt(page.ids.size() - 1);
        int bulletsAt = random.nextInt(page.ids.size());
        int numberedAt = random.nextInt(page.ids.size());
        int links = 0;
        for (int h = 0; h < page.ids.size(); h++) {
            a.append("[#").append(page.ids.get(h)).append("]\n== ").append(page.headings.get(h)).append("\n\n");
            a.append(paragraph(3 + random.nextInt(3), words)).append("\n\n");
            if (h == tableAt) {
                table(section, a, words);
            }
            if (h == bulletsAt) {
                a.append(list("*", 4 + random.nextInt(3), words)).append('\n');
            }
            if (h == numberedAt) {
                a.append(list(".", 3 + random.nextInt(3), words)).append('\n');
            }
            if (h % 2 == 1) {
                String sub = pick(HEADINGS);
                String id = page.ids.get(h) + "-" + slug(sub);
                a.append("[#").append(id).append("]\n=== ").append(sub).append("\n\n");
                a.append(paragraph(2 + random.nextInt(2), words)).append("\n\n");
            }
            if (links < 3 && (h % 2 == 0 || h == page.ids.size() - 1)) {
                a.append(crossReference(page, words)).append("\n\n");
                links++;
            }
            if (words[0] > WORDS_PER_PAGE && h >= 3) {
                break;
            }
        }
        while (words[0] < WORDS_PER_PAGE - 40) {
            a.append(paragraph(3, words)).append("\n\n");
        }
        return words[0];
    }

    private void table(Section section, StringBuilder a, int[] words) {
        if (section.type().equals("keynote")) {
            a.append("[cols=\"1,5\",options=\"header\"]\n|===\n|Tid |Indhold\n");
            int hour = 9 + random.nextInt(4);
            int minute = 0;
            int rows = 5 + random.nextInt(3);
            for (int r = 0; r < rows; r++) {
                a.append("\n|").append(hour).append('.').append(String.format(Locale.ROOT, "%02d", minute)).append('\n');
                a.append("a|").append(pick(AGENDA)).append('\n');
                words[0] += 4;
                if (random.nextInt(3) == 0) {
                    a.append('\n').append(sentence(words)).append('\n');
                }
                minute += 15 * (1 + random.nextInt(4));
                hour += minute / 60;
                minute %= 60;
            }
            a.append("|===\n\n");
        } else {
            a.append("[cols=\"2,4,2\",options=\"header\"]\n|===\n|Hvem |Aktivitet |Status\n");
            int rows = 4 + random.nextInt(3);
            for (int r = 0; r < rows; r++) {
                a.append("\n|").append(pick(ORGS)).append('\n');
                a.append('|').append(pick(VERBS).substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(pick(VERBS).substring(1)).append(' ').append(pick(OBJECTS)).append(' ')
                        .append(pick(ADVERBIALS)).append('\n');
                a.append('|').append(pick(STATUS)).append('\n');
                words[0] += 9;
            }
            a.append("|===\n\n");
        }
    }

    private String list(String marker, int items, int[] words) {
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < items; i++) {
            a.append(marker).append(' ').append(sentence(words)).append('\n');
        }
        return a.toString();
    }

    private String crossReference(Page from, int[] words) {
        Page to = pages.get(random.nextInt(pages.size()));
        if (to == from) {
            to = pages.get((pages.indexOf(from) + 1) % pages.size());
        }
        int h = random.nextInt(to.ids.size());
        words[0] += 6 + to.title.split(" ").length;
        return "Læs mere i xref:../" + to.ref() + "#" + to.ids.get(h) + "[" + to.title + ": " + to.headings.get(h)
                + "] og i xref:../" + to.ref() + "[hele siden].";
    }

    private String paragraph(int sentences, int[] words) {
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                a.append(' ');
            }
            a.append(sentence(words));
        }
        return a.toString();
    }

    private String sentence(int[] words) {
        String object = pick(OBJECTS);
        int markup = random.nextInt(12);
        if (markup == 0) {
            object = "*" + object + "*";
        } else if (markup == 1) {
            object = "_" + object + "_";
        }
        StringBuilder s = new StringBuilder()
                .append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(object)
                .append(' ').append(pick(ADVERBIALS));
        if (random.nextBoolean()) {
            s.append(", ").append(pick(TAILS));
        }
        s.append('.');
        String text = s.toString().replace("..", ".");
        words[0] += text.split(" ").length;
        return text;
    }

    private List<String> tags() {
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add("tillid");
        int more = 1 + random.nextInt(3);
        while (chosen.size() < 1 + more) {
            chosen.add(pick(TAGS));
        }
        return new ArrayList<>(chosen);
    }

    private String date() {
        int year = 2012 + random.nextInt(2);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Lower-case ASCII, words joined by hyphens: æ→ae, ø→oe, å→aa, as the site's file names. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("é", "e");
        return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void writeFile(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk.sorted()::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
