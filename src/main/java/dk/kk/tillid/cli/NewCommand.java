package dk.kk.tillid.cli;

import dk.kk.tillid.files.RelativePath;
import dk.kk.tillid.project.ContentType;
import dk.kk.tillid.project.ContentTypes;
import dk.kk.tillid.project.Project;
import dk.kk.tillid.scaffold.NewPage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Opretter en ny side i den rigtige mappe under content/, med dagens dato og de hovedattributter, typen skal have.",
                "Skriver filens sti. En fil, der findes i forvejen, overskrives aldrig."})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "Sidens type: report, annex, programme, keynote eller page.")
    String type;

    @Parameters(index = "1", paramLabel = "TITEL", description = "Sidens titel; filnavnet dannes af den (æ→ae, ø→oe, å→aa).")
    String title;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Projektets mappe (standard: den aktuelle).")
    Path project = Path.of("");

    @Override
    public Integer call() throws IOException {
        Path root = project.toAbsolutePath().normalize();
        String noProject = "Der er ingen content/ i " + root + ". Kør kommandoen i projektets mappe, eller angiv den med -C.";
        if (!Files.isDirectory(root)) {
            System.err.println(noProject);
            return 1;
        }
        Project site = Project.at(root);
        ContentTypes types = site.contentTypes();
        ContentType pageType = types.named(type).filter(t -> t.folder() != null).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Ukendt type '" + type + "'. Brug en af: " + types.creatableNames() + "."));
        if (!Files.isDirectory(site.contentFolder())) {
            System.err.println(noProject);
            return 1;
        }
        try {
            Path file = new NewPage(site).create(pageType, title, LocalDate.now());
            System.out.println(display(root, file));
            System.err.println("Erstat " + NewPage.TO_FILL + " i filen med sidens egne oplysninger og tekst.");
            return 0;
        } catch (FileAlreadyExistsException e) {
            System.err.println("Filen " + display(root, Path.of(e.getFile())) + " findes allerede og overskrives ikke."
                    + " Vælg en anden titel, eller ret den eksisterende fil.");
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static String display(Path root, Path file) {
        return RelativePath.of(root, file);
    }
}
