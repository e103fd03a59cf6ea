package dk.kk.tillid.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A test project's own git repository, driven as an editor drives it: the git command line. */
final class GitRepo {
    private final Path root;

    private GitRepo(Path root) {
        this.root = root;
    }

    static GitRepo init(Path root) throws IOException, InterruptedException {
        GitRepo repo = new GitRepo(root);
        repo.git("init", "-q");
        return repo;
    }

    /** Stages everything, deletions and renames included, and commits. */
    GitRepo commitAll(String message) throws IOException, InterruptedException {
        git("add", "-A");
        git("commit", "-q", "-m", message);
        return this;
    }

    GitRepo git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Redaktør", "-c", "user.email=redaktoer@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), String.join(" ", args) + ": " + output);
        return this;
    }
}
