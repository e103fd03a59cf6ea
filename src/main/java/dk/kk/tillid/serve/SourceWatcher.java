package dk.kk.tillid.serve;

import dk.kk.tillid.project.Project;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

/**
 * Runs a callback once per burst of changes to the sources a bake reads: an editor's save is often several
 * writes (temporary file, rename, autosave), and each bake should see the finished file.
 */
final class SourceWatcher implements Closeable {
    private final Path projectRoot;
    private final Duration quiet;
    private final Runnable onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    /** @param quiet how long the sources must stay unchanged before {@code onChange} runs */
    SourceWatcher(Path projectRoot, Duration quiet, Runnable onChange) throws IOException {
        this.projectRoot = projectRoot;
        this.quiet = quiet;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "preview-watcher");
        thread.setDaemon(true);
        for (Path input : Project.at(projectRoot).bakeInputs()) {
            if (!input.getFileName().toString().equals(Project.SETTINGS_FILE)) {
                watchTree(input);
            }
        }
        watch(projectRoot);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }

    private void run() {
        try {
            while (true) {
                boolean changed = drain(service.take());
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                // Changes made during the bake wait in the service and start the next round.
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called: the preview is stopping.
        }
    }

    /** Takes the key's events, watches new folders, and tells whether any event concerns a source. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed = true;
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (isSource(folder, child)) {
                changed = true;
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                    watchNewFolder(child);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return changed;
    }

    private boolean isSource(Path folder, Path child) {
        String name = child.getFileName().toString();
        if (folder.equals(projectRoot)) {
            return name.equals(Project.SETTINGS_FILE);
        }
        // Editors' swap and lock files (.x.swp, .#x) start with a dot, and so never reach the site.
        return !name.startsWith(".");
    }

    private void watchNewFolder(Path folder) {
        try {
            watchTree(folder);
        } catch (IOException | UncheckedIOException e) {
            // Gone again before it could be watched; its delete event is on its way.
        }
    }

    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> tree;
        try (Stream<Path> walk = Files.walk(root)) {
            tree = walk.filter(Files::isDirectory).toList();
        }
        for (Path folder : tree) {
            watch(folder);
        }
    }

    private void watch(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }
}
