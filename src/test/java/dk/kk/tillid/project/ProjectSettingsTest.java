package dk.kk.tillid.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What jbake.properties tells every tool: folders, the site's own settings and its content types. */
class ProjectSettingsTest {
    @TempDir
    Path root;

    private Project project(String properties) throws IOException {
        Files.writeString(root.resolve(Project.SETTINGS_FILE), properties);
        return Project.at(root);
    }

    @Test
    void foldersAreWhereTheSettingsPutThemAndTheBakeReadsThemAndTheSettingsFile() throws IOException {
        Project project = project("content.folder=tekst\ntemplate.folder=skabeloner\nasset.folder=filer\n");
        Path absolute = root.toAbsolutePath().normalize();
        assertEquals(absolute, project.root());
        assertEquals(absolute.resolve("tekst"), project.contentFolder());
        assertEquals(absolute.resolve("skabeloner"), project.templateFolder());
        assertEquals(absolute.resolve("filer"), project.assetFolder());
        assertEquals(List.of(absolute.resolve("tekst"), absolute.resolve("skabeloner"), absolute.resolve("filer"),
                absolute.resolve("jbake.properties")), project.bakeInputs());
    }

    @Test
    void aBlankSettingIsUnsetAndAListIsReadBackAsWritten() throws IOException {
        Project project = project("repository.edit.url=\nsite.host= https://intranet.example/tillid/ \n"
                + "contact.address=Ottiliavej 1\\, 2500 Valby\nsearch.order=rapport, bilag\n");
        assertEquals(Optional.empty(), project.setting("repository.edit.url"));
        assertEquals(Optional.empty(), project.setting("findes.ikke"));
        assertEquals(Optional.of("https://intranet.example/tillid/"), project.setting("site.host"));
        assertEquals(Optional.of("Ottiliavej 1, 2500 Valby"), project.setting("contact.address"), "an escaped comma is text");
        assertEquals(Optional.of("rapport,bilag"), project.setting("search.order"), "a list, its values trimmed");
    }

    @Test
    void typesComeInTheOrderListedWithLabelFolderAndAttributes() throws IOException {
        ContentTypes types = project("""
                template.report.file=report.ftl
                type.report.label= Rapport
                type.report.folder= rapport
                type.report.attributes=sagsnr, sagsbehandler ,,
                template.page.file=page.ftl
                type.page.label=
                type.page.folder=
                template.keynote.file=keynote.ftl
                type.keynote.label=Keynote
                type.keynote.folder=keynotes
                type.keynote.attributes=tid,sted
                """).contentTypes();
        List<String> names = types.all().stream().map(ContentType::name).toList();
        assertEquals(List.of("report", "page", "keynote"), names.subList(0, 3));
        for (String own : List.of("masterindex", "feed", "error404", "archive", "tag", "tagsindex", "sitemap")) {
            assertFalse(names.contains(own), "JBake's own template " + own + " is no content type");
        }
        ContentType report = types.named("report").orElseThrow();
        assertEquals(new ContentType("report", "Rapport", "rapport", List.of("sagsnr", "sagsbehandler")), report);
        ContentType page = types.named("page").orElseThrow();
        assertEquals("page", page.label(), "no label: the name");
        assertNull(page.folder(), "no folder: new does not create it");
        assertEquals(List.of(), page.attributes());
        assertEquals(Optional.empty(), types.named("nyhed"));

        assertEquals(List.of("report", "keynote"), types.creatable().stream().map(ContentType::name).toList());
        assertEquals("report, keynote", types.creatableNames());
        assertEquals("Keynote", types.label("keynote"));
        assertEquals("nyhed", types.label("nyhed"), "an unknown type shows its name");
        assertEquals(names, List.copyOf(types.labels().keySet()), "in registry order");
        assertEquals(List.of("Rapport", "page", "Keynote"), List.copyOf(types.labels().values()).subList(0, 3));
        List<String> known = List.copyOf(types.knownAttributes());
        assertEquals(ContentTypes.COMMON_ATTRIBUTES, known.subList(0, ContentTypes.COMMON_ATTRIBUTES.size()));
        assertEquals(List.of("sagsnr", "sagsbehandler", "tid", "sted"), known.subList(ContentTypes.COMMON_ATTRIBUTES.size(), known.size()));
    }

    @Test
    void aSettingListedSeveralTimesIsOneList() {
        assertEquals(List.of("a", "b", "c"), ContentTypes.list(List.of(" a", "b ", "", "c")));
        assertEquals(List.of("a", "b"), ContentTypes.list("a, ,b"));
        assertEquals(List.of(), ContentTypes.list(null));
    }
}
