package dk.kk.tillid.scaffold;

import dk.kk.tillid.bake.FileNames;
import dk.kk.tillid.project.ContentType;
import dk.kk.tillid.project.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The first version of a new page: the header its type needs, the date, and a skeleton to write in. It is
 * published at once, so that the preview shows it while it is being written; what the editor must still
 * fill in says {@value #TO_FILL}, on the page as well, where it cannot be overlooked.
 */
public final class NewPage {
    public static final String TO_FILL = "UDFYLD";
    private static final Pattern ORDER = Pattern.compile("(?m)^:jbake-order:\\s*(\\d{1,9})\\s*$");
    /** Header attributes whose value the site's settings already have (the report's letterhead is the contact). */
    private static final Map<String, String> FROM_SETTINGS = Map.of(
            "adresse", "contact.address",
            "mobil", "contact.phone",
            "email", "contact.email");

    /** The skeletons of the types that have one of their own; any other type gets {@link #PLAIN}. */
    private static final String DOCUMENT = """
            %1$s: en kort indledning.

            [#afsnit-1]
            == %1$s: første afsnit

            %1$s: afsnittets tekst.
            """;
    private static final Map<String, String> SKELETONS = Map.of(
            "report", DOCUMENT,
            "annex", DOCUMENT,
            "programme", """
                    Her finder du det, som rapporten og bilagene siger om %2$s.

                    [#om-programmet]
                    == Om programmet

                    %1$s: programmets tekst.
                    """,
            "keynote", """
                    %1$s: en kort indledning.

                    [#program]
                    == Program

                    [cols="1,5",options="header"]
                    |===
                    |Tid |Indhold

                    |%1$s
                    |%1$s
                    |===
                    """);
    private static final String PLAIN = """
            %1$s: sidens tekst.
            """;

    private final Project project;

    public NewPage(Project project) {
        this.project = project;
    }

    /**
     * Writes the page and returns its file; an existing file is never overwritten.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the title's file name is taken
     * @throws IllegalArgumentException                 when the title gives no file name
     */
    public Path create(ContentType type, String title, LocalDate date) throws IOException {
        if (type.folder() == null) {
            throw new IllegalArgumentException("Sider af typen '" + type.name() + "' oprettes ikke med new.");
        }
        String cleanTitle = title.strip().replaceAll("\\s+", " ");
        Path folder = project.contentFolder().resolve(type.folder());
        Path file = folder.resolve(fileName(cleanTitle) + ".adoc");
        String text = header(type, cleanTitle, date, nextOrder(folder)) + "\n" + skeleton(type, cleanTitle);
        Files.createDirectories(folder);
        Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** The title as a file name that survives as a URL; dots become hyphens so "m.m." cannot end in "..adoc". */
    static String fileName(String title) {
        String name = FileNames.suggest(title.replace('.', ' '));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Titlen '" + title + "' giver intet filnavn. Skriv en titel med bogstaver eller tal.");
        }
        return name;
    }

    private String header(ContentType type, String title, LocalDate date, int order) {
        StringBuilder header = new StringBuilder()
                .append("= ").append(title).append('\n')
                .append(":jbake-type: ").append(type.name()).append('\n')
                .append(":jbake-status: published\n")
                .append(":jbake-date: ").append(date).append('\n')
                .append(":jbake-order: ").append(order).append('\n')
                .append(":jbake-tags:\n");
        for (String attribute : type.attributes()) {
            String setting = FROM_SETTINGS.get(attribute);
            String value = setting == null ? "" : project.setting(setting).orElse("");
            header.append(":jbake-").append(attribute).append(": ").append(value.isEmpty() ? TO_FILL : value).append('\n');
        }
        return header.toString();
    }

    /** The body below the header; %1$s is where the editor must write. */
    private static String skeleton(ContentType type, String title) {
        String body = SKELETONS.getOrDefault(type.name(), PLAIN);
        return body.formatted(TO_FILL, title);
    }

    /** Last in its section's navigation: ten past the highest order in the folder (the landing page aside). */
    private static int nextOrder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 10;
        }
        int highest = 0;
        List<Path> pages;
        try (Stream<Path> list = Files.list(folder)) {
            pages = list.filter(p -> p.toString().endsWith(".adoc") && !p.getFileName().toString().equals("index.adoc"))
                    .toList();
        }
        for (Path page : pages) {
            // Leniently decoded: a page saved in another encoding is the build's to report, not ours.
            Matcher order = ORDER.matcher(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
            if (order.find()) {
                highest = Math.max(highest, Integer.parseInt(order.group(1)));
            }
        }
        return highest + 10;
    }

}
