package dk.kk.tillid.bake;

import dk.kk.tillid.files.RelativePath;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each source lived before, by git's own rename detection (a {@code git mv}, or a file removed and one
 * added with mostly the same text in one commit), read with the git command line as {@link SourceHistory}
 * reads the dates: a renamed page keeps its old addresses.
 */
final class RenameHistory {
    private RenameHistory() {
    }

    /**
     * @return each former source (project-relative, e.g. {@code content/a.adoc}) to the source it lives on as,
     *         after every later rename; empty without git or a repository
     */
    static Map<String, String> read(Path projectRoot, Path contentRoot) {
        return GitCommand.output(projectRoot, "log", "--reverse", "--topo-order", "-M", "--name-status", "-z",
                        "--format=%x01", "--", RelativePath.of(projectRoot, contentRoot))
                .map(log -> moves(log, GitCommand.projectPrefix(projectRoot)))
                .orElse(Map.of());
    }

    /**
     * Replays the changes oldest first: a rename moves every earlier name of the file along with it (a chain),
     * a rename back frees the name it returns to, and a deleted or newly added file takes its names with it.
     *
     * @param log    {@code git log -z --name-status} output: status, then one path (two for a rename or copy)
     * @param prefix the project's folder inside the repository, as git names paths from the repository's top
     */
    static Map<String, String> moves(String log, String prefix) {
        Map<String, String> movedTo = new TreeMap<>();
        String[] fields = log.split("\0");
        for (int i = 0; i < fields.length; i++) {
            String status = fields[i].strip();
            if (status.isEmpty() || status.startsWith("\u0001")) {
                continue;
            }
            if ((status.startsWith("R") || status.startsWith("C")) && i + 2 < fields.length) {
                String from = project(fields[++i], prefix);
                String to = project(fields[++i], prefix);
                if (status.startsWith("R") && from != null && to != null) {
                    movedTo.replaceAll((old, now) -> now.equals(from) ? to : now);
                    movedTo.put(from, to);
                    movedTo.remove(to);
                } else if (to != null) {
                    movedTo.remove(to);
                }
            } else if (i + 1 < fields.length) {
                String path = project(fields[++i], prefix);
                if (path != null && status.equals("D")) {
                    movedTo.values().removeIf(path::equals);
                } else if (path != null && status.equals("A")) {
                    movedTo.remove(path);
                }
            }
        }
        return movedTo;
    }

    private static String project(String gitPath, String prefix) {
        return gitPath.startsWith(prefix) ? gitPath.substring(prefix.length()) : null;
    }
}
