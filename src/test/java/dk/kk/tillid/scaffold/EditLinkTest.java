package dk.kk.tillid.scaffold;

import dk.kk.tillid.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Rediger denne side" leads to the page's source when the settings name the repository, and is absent otherwise. */
class EditLinkTest {
    private static final String EDIT = "Rediger denne side";

    @TempDir
    Path dir;

    @Test
    void everyPageFromASourceLinksToItWhenTheRepositoryIsSet() throws IOException {
        Path project = TestProjects.small(dir);
        TestProjects.write(project, "content/rapport/notat.adoc", TestProjects.page("Notat", "Tekst."));
        setEditUrl(project, "https://git.example.dk/tillid/blob/main/");
        assertEquals(List.of(), TestProjects.bake(project));

        assertEquals(List.of("https://git.example.dk/tillid/blob/main/content/index.adoc"), editLinks(project, "index.html"));
        assertEquals(List.of("https://git.example.dk/tillid/blob/main/content/rapport/notat.adoc"),
                editLinks(project, "rapport/notat.html"));
        assertEquals(List.of(), editLinks(project, "404.html"), "the site's own pages have no source");
    }

    @Test
    void noLinkWhenTheRepositoryIsNotSet() throws IOException {
        Path project = TestProjects.small(dir);
        assertEquals(List.of(), TestProjects.bake(project));
        assertEquals(List.of(), editLinks(project, "index.html"));
    }

    private static void setEditUrl(Path project, String url) throws IOException {
        Path settings = project.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("\nrepository.edit.url=\n", "\nrepository.edit.url=" + url + "\n"));
    }

    private static List<String> editLinks(Path project, String page) throws IOException {
        Document html = Jsoup.parse(project.resolve("target/site").resolve(page).toFile());
        return html.select("a").stream().filter(a -> a.text().equals(EDIT)).map(a -> a.attr("href")).toList();
    }
}
