package dk.kk.tillid.bake;

import dk.kk.tillid.problem.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mistakes that still bake, but that readers notice: a web address written wrong, two pages with one title. */
final class SourceWarnings {
    /** http or https without the colon or a slash, which Asciidoctor leaves as plain text. */
    private static final Pattern MALFORMED_URL =
            Pattern.compile("(?<![\\w:/])(https?)(//|:/(?=[^/\\s])|;//|://?:)(?:[^\\s\\[\\]]*[^\\s\\[\\].,;:!?)])?");

    private SourceWarnings() {
    }

    static List<Diagnostic> malformedUrls(String name, List<String> lines) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher url = MALFORMED_URL.matcher(lines.get(i));
            while (url.find()) {
                warnings.add(Diagnostic.warning(name, i + 1,
                        "Adressen '" + url.group() + "' er skrevet forkert og bliver vist som tekst, ikke som link.",
                        "Skriv " + url.group(1) + ":// med kolon og to skråstreger, fx " + url.group(1) + "://www.kk.dk."));
            }
        }
        return warnings;
    }

    /**
     * A warning on each published page whose title an earlier page (in file order) already has. The front page
     * is left out: it carries the site's name, which the main document may well share.
     */
    static List<Diagnostic> duplicateTitles(Collection<Optional<Map<String, Object>>> headers) {
        Map<String, String> first = new HashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        headers.stream().flatMap(Optional::stream).filter(header -> "published".equals(header.get("status")))
                .filter(header -> !String.valueOf(header.get("sourcepath")).matches("[^/]+/index\\.adoc"))
                .sorted(Comparator.comparing(header -> String.valueOf(header.get("sourcepath"))))
                .forEach(header -> {
                    String title = String.valueOf(header.get("title")).strip();
                    String file = String.valueOf(header.get("sourcepath"));
                    String earlier = first.putIfAbsent(title, file);
                    if (earlier != null) {
                        warnings.add(Diagnostic.warning(file, 1, "Titlen '" + title + "' bruges også af " + earlier + ".",
                                "Giv siderne hver sin titel, så læserne kan skelne dem i menuen og i søgningen."));
                    }
                });
        return warnings;
    }
}
