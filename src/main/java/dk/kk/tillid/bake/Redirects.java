package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.problem.Diagnostic;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A page's old addresses as small pages that send the reader on to where it lives now: the addresses git saw it
 * renamed from ({@link RenameHistory}) and those its header names in {@code :jbake-gamle-adresser:}. Written
 * after JBake's oven, so they are in no menu and no sitemap; the template marks their body {@code data-noindex},
 * so the search index leaves them out too.
 */
final class Redirects {
    /** The header attribute, without JBake's prefix, as registered in {@code ContentTypes}. */
    static final String ATTRIBUTE = "gamle-adresser";
    static final String TEMPLATE = "redirect.ftl";
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    private final Path projectRoot;
    private final Path site;
    private final Diagnostics diagnostics;
    /** Page (site path) to its source (project path), drafts included: every address the sources take. */
    private final Map<String, String> sourceOf = new HashMap<>();
    /** Old address to the page it leads to, sorted, so the pages are written in the same order every time. */
    private final Map<String, Target> redirects = new TreeMap<>();

    /** @param claimedAt where the old address was named: {@code file:line}, or the source git saw renamed */
    private record Target(String page, String title, String claimedAt) {
    }

    private Redirects(Path projectRoot, Path site, Map<String, Path> pages, Diagnostics diagnostics) {
        this.projectRoot = projectRoot;
        this.site = site;
        this.diagnostics = diagnostics;
        pages.forEach((page, source) -> sourceOf.put(page, RelativePath.of(projectRoot, source.toAbsolutePath().normalize())));
    }

    /**
     * Writes a redirect page for every old address of a published page into {@code site}. An old address a header
     * names that is a page's own address, a page the site makes or another page's old address is an error; one
     * git remembers simply gives way to them, since a name freed by a rename may be used again.
     *
     * @param pages   every page the sources make (drafts too), to its source
     * @param headers the headers of the pages
     * @throws BakeFailedException with every problem of the bake when one of them is an error
     */
    static void write(Path projectRoot, Path contentRoot, Path site, DefaultJBakeConfiguration config,
                      Map<String, Path> pages, Collection<Optional<Map<String, Object>>> headers,
                      Diagnostics diagnostics) throws IOException, BakeFailedException {
        Redirects redirects = new Redirects(projectRoot, site, pages, diagnostics);
        Map<String, Map<String, Object>> published = new TreeMap<>();
        headers.stream().flatMap(Optional::stream).filter(header -> "published".equals(header.get("status")))
                .forEach(header -> published.put(String.valueOf(header.get("sourcepath")), header));
        Map<String, String> pageOf = new HashMap<>();
        redirects.sourceOf.forEach((page, source) -> pageOf.put(source, page));

        published.forEach((source, header) -> redirects.fromHeader(source, pageOf.get(source), header));
        String folder = RelativePath.of(projectRoot, contentRoot) + "/";
        RenameHistory.read(projectRoot, contentRoot).forEach((old, now) -> {
            String address = old.startsWith(folder) && old.endsWith(SourceTree.SOURCE_EXTENSION)
                    ? old.substring(folder.length(), old.length() - SourceTree.SOURCE_EXTENSION.length()) + ".html" : null;
            Map<String, Object> header = published.get(now);
            if (address != null && header != null && pageOf.containsKey(now) && redirects.isFree(address)) {
                redirects.redirects.putIfAbsent(address, new Target(pageOf.get(now), String.valueOf(header.get("title")), old));
            }
        });
        if (diagnostics.errorCount() == 0 && !redirects.redirects.isEmpty()) {
            redirects.writeAll(config);
        }
        if (diagnostics.errorCount() > 0) {
            throw new BakeFailedException(diagnostics.sorted());
        }
    }

    private void fromHeader(String source, String page, Map<String, Object> header) {
        Object value = header.get(ATTRIBUTE);
        if (value == null || page == null) {
            return;
        }
        int line = line(source);
        for (String written : value.toString().split(",")) {
            if (written.isBlank()) {
                continue;
            }
            String address = normalized(written.strip());
            if (address == null) {
                diagnostics.add(Diagnostic.error(source, line, "'" + written.strip() + "' i :jbake-gamle-adresser: er ikke adressen på en side.",
                        "Skriv adressen fra sitets rod med .html til sidst, fx gammel/side.html (eller en mappe med / til sidst),"
                                + " kun med bogstaver, tal, punktum, bindestreg og /."));
            } else if (address.equals(page)) {
                diagnostics.add(Diagnostic.error(source, line, "Den gamle adresse " + address + " er sidens egen adresse.",
                        "Slet den fra :jbake-gamle-adresser:."));
            } else if (sourceOf.containsKey(address)) {
                diagnostics.add(Diagnostic.error(source, line, "Den gamle adresse " + address + " er adressen på siden "
                                + sourceOf.get(address) + ".",
                        "Slet den fra :jbake-gamle-adresser:, eller omdøb den anden side."));
            } else if (redirects.containsKey(address)) {
                diagnostics.add(Diagnostic.error(source, line, "Den gamle adresse " + address + " står også i "
                                + redirects.get(address).claimedAt() + ".",
                        "En adresse kan kun føre til én side: slet den det ene sted."));
            } else if (!isFree(address)) {
                diagnostics.add(Diagnostic.error(source, line, "Den gamle adresse " + address + " er en side, sitet selv danner.",
                        "Slet den fra :jbake-gamle-adresser:."));
            } else {
                redirects.put(address, new Target(page, String.valueOf(header.get("title")), source + ":" + line));
            }
        }
    }

    /** An address as the site names it, {@code gammel/side.html}; null when it cannot be a page of the site. */
    private static String normalized(String written) {
        String address = written.startsWith("/") ? written.substring(1) : written;
        if (address.isEmpty() || address.endsWith("/")) {
            address += "index.html";
        }
        return ADDRESS.matcher(address).matches() && address.endsWith(".html") ? address : null;
    }

    /** Whether no page holds the address: no source makes it and JBake wrote nothing there. */
    private boolean isFree(String address) {
        return !sourceOf.containsKey(address) && !Files.exists(site.resolve(address));
    }

    private int line(String source) {
        try {
            return SourceText.read(projectRoot.resolve(source)).lineOfAttribute("jbake-" + ATTRIBUTE);
        } catch (IOException | SourceText.MalformedSourceException e) {
            return 0;
        }
    }

    private void writeAll(DefaultJBakeConfiguration config) throws IOException {
        Template template;
        try {
            template = freemarker(config).getTemplate(TEMPLATE);
        } catch (TemplateNotFoundException e) {
            diagnostics.add(Diagnostic.error("templates/" + TEMPLATE, 0,
                    "Siden kunne ikke dannes: skabelonen til gamle adresser findes ikke.",
                    "Gendan templates/" + TEMPLATE + " fra projektets repository."));
            return;
        } catch (ParseException e) {
            diagnostics.add(templateError(e.getLineNumber(), e.getEditorMessage()));
            return;
        }
        Map<String, Object> settings = config.asHashMap();
        String host = String.valueOf(settings.getOrDefault("site_host", ""));
        for (Map.Entry<String, Target> redirect : redirects.entrySet()) {
            String address = redirect.getKey();
            Target target = redirect.getValue();
            String root = "../".repeat((int) address.chars().filter(c -> c == '/').count());
            Map<String, Object> model = new HashMap<>();
            model.put("config", settings);
            model.put("root", root);
            model.put("target", root + target.page());
            model.put("canonical", (host.endsWith("/") ? host : host + "/") + target.page());
            model.put("title", target.title());
            StringWriter page = new StringWriter();
            try {
                template.process(model, page);
            } catch (TemplateException e) {
                diagnostics.add(templateError(e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getMessageWithoutStackTop()));
                return;
            }
            Path file = site.resolve(address);
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.toString(), StandardCharsets.UTF_8);
        }
    }

    private static Diagnostic templateError(int line, String message) {
        String first = message == null ? "" : message.strip().lines().findFirst().orElse("");
        return Diagnostic.error("templates/" + TEMPLATE, line, "Fejl i skabelonen: " + first, "Ret skabelonen på den nævnte linje.");
    }

    /** Set up as JBake sets up its own for the site's templates. */
    private static Configuration freemarker(DefaultJBakeConfiguration config) throws IOException {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setTemplateLoader(new FileTemplateLoader(config.getTemplateFolder()));
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(new Locale("da", "DK"));
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        return freemarker;
    }
}
