package dk.kk.tillid.serve;

import dk.kk.tillid.bake.BakeSession;
import dk.kk.tillid.cache.ToolFingerprint;
import dk.kk.tillid.project.PublicAddress;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The editor's preview: bakes the project, serves the result over HTTP, and bakes again on every save in the
 * same warm JVM. Open pages reload themselves, or show why the bake failed, through {@link ReloadEvents}.
 */
public final class PreviewServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8820;
    /** Long enough to take an editor's several writes per save as one, short enough not to be noticed. */
    private static final Duration QUIET = Duration.ofMillis(100);

    private final Path projectRoot;
    private final InetSocketAddress address;
    private final PreviewSite site;
    private final PrintStream log;
    private final ReloadEvents events = new ReloadEvents();
    private HttpServer server;
    private ExecutorService handlers;
    private SourceWatcher watcher;
    private PreviewLock lock;
    private final AtomicBoolean converterStarted = new AtomicBoolean();

    /** @param log where bakes report, as {@code build} does */
    public PreviewServer(Path projectRoot, InetSocketAddress address, PrintStream log) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.address = address;
        this.log = log;
        this.site = new PreviewSite(this.projectRoot, this.projectRoot.resolve("target/preview"), log);
    }

    /**
     * Bakes, then answers on the address and watches the sources; a failed first bake is shown in the browser
     * like any later one. Returns the address to open.
     */
    public URI start() throws IOException {
        return start(address -> {
        });
    }

    /**
     * As {@link #start()}, handing the address to {@code answering} as soon as it answers, before the first bake
     * (seconds): for printing it, and for stopping on Ctrl+C from then on.
     */
    public URI start(Consumer<URI> answering) throws IOException {
        // Before anything else: a second preview of the project must leave the first one's folders alone.
        lock = PreviewLock.take(projectRoot);
        startAside("tool-fingerprint", ToolFingerprint::current);
        // Bound before the first bake, which takes seconds, so that a busy port is reported at once.
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            lock.close();
            throw e;
        }
        lock.tell(uri());
        // Bound, so this serve runs; nothing of its own is staged yet: what is there, a killed one left.
        site.deleteLeftovers();
        handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", new StaticFiles(site, "/"));
        server.createContext(ReloadScript.PATH, new ReloadScript());
        server.createContext(ReloadEvents.PATH, events);
        // Answers at once with the last build's site, until the first bake's replaces it (see PreviewSite.dir).
        server.start();
        // The 404 page links from the site's public path (/tillid/…), as a web server shows it at any depth. Added
        // once answering: the path is in JBake's settings, whose first load took longer than the rest of the start
        // before it (1.6-3.2 s at a load of 22), and only the 404 page's links need it.
        String publicPath = PublicAddress.path(projectRoot);
        if (!publicPath.equals("/")) {
            server.createContext(publicPath, new StaticFiles(site, publicPath));
        }
        try {
            watcher = new SourceWatcher(projectRoot, QUIET, () -> {
                // A save during the first bake is baked right after it, and needs JRuby, which is started after
                // the first bake only when nobody saved meanwhile: started now, it starts while the first bake ends.
                startConverter();
                site.rebuild(events::publish);
            });
        } catch (IOException e) {
            server.stop(0);
            handlers.shutdownNow();
            lock.close();
            throw e;
        }
        answering.accept(uri());
        log.println("Bager sitet …");
        // Watching during the first bake too: a save made then starts JRuby at once (see above) and waits for
        // the first bake, no longer for the first bake and then JRuby's start, which on a busy machine is 10 s.
        watcher.start();
        site.rebuild(events::publish);
        // Once the first bake is done, which after a build needed neither JRuby nor JBake's store: the first save
        // then converts and renders at once instead of waiting for them (seconds of CPU each). Both start now, on
        // a thread each: the store is filled while JRuby starts, not after it, so a save waits for one of them.
        startConverter();
        startAside("preview-store", site::prepare);
        return uri();
    }

    /** Starts JRuby on a thread of its own, once: beside the first bake only when a save needs it. */
    private void startConverter() {
        if (converterStarted.compareAndSet(false, true)) {
            startAside("preview-converter", BakeSession::startConverter);
        }
    }

    /**
     * Work the first bake or the first save will wait for, done on another core meanwhile: the build cache's
     * fingerprint of the tool's class path takes about as long to work out as the rest of serve's start-up.
     */
    private static void startAside(String name, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // Only a head start: whatever failed here fails again in the bake or save that needs it, and is
                // reported there in Danish with file and line, not as a stack trace from this thread.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private URI uri() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getHostString();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + "/");
    }

    /** Stops, and waits for a bake under way to end, so that nothing writes into the project afterwards. */
    public void stop() {
        stopNow();
        site.awaitIdle();
        // Only now may another preview of the project start and sweep the staging folders.
        lock.close();
    }

    /**
     * Stops without waiting for a bake or a filling of JBake's store under way: for Ctrl+C, after which the JVM
     * ends and takes them with it. Waiting could take seconds on a busy machine, and the first JVM waits for this
     * one only so long.
     */
    public void stopNow() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Stopping anyway; the watch service dies with the JVM.
        }
        events.close();
        server.stop(0);
        handlers.shutdownNow();
        site.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Another preview of the same project runs: told in Danish, with its address when it has told it. */
    public static final class AlreadyRunningException extends IOException {
        AlreadyRunningException(String address) {
            super("Der kører allerede en forhåndsvisning af dette projekt"
                    + (address.isEmpty() ? "" : " på " + address) + ". Ret: Brug den"
                    + (address.isEmpty() ? "" : " i browseren")
                    + ", eller stop den med Ctrl+C, før du starter en ny.");
        }
    }
}
