package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stopping the preview (Ctrl+C runs this in the JVM's shutdown hook). */
class PreviewSiteTest {
    @Test
    void stoppingDoesNotWaitForABakeOrAFillingOfTheStoreUnderWay(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("projekt"));
        PreviewSite site = new PreviewSite(project, project.resolve("target/preview"), new PrintStream(OutputStream.nullOutputStream()));
        CountDownLatch baking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A bake that is still under way when the editor presses Ctrl+C; the filling of the store holds the same lock.
        Thread bake = new Thread(() -> site.rebuild(state -> {
            baking.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        bake.start();
        baking.await();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopping = new Thread(() -> {
            site.close();
            stopped.countDown();
        });
        stopping.start();
        // It either ends, or waits for a lock the bake holds; it can do nothing else. (It may wait for other locks
        // for a moment, such as its thread group's as it starts and ends.)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean waitsForTheBake = false;
        while (stopped.getCount() > 0 && !waitsForTheBake) {
            ThreadInfo info = threads.getThreadInfo(stopping.getId());
            waitsForTheBake = info != null && info.getLockOwnerId() == bake.getId();
            Thread.onSpinWait();
        }
        release.countDown();
        bake.join();
        stopping.join();
        assertFalse(waitsForTheBake, "stopping waited for the bake under way");
    }

    @Test
    void aSaveQueuedWhenServeStopsBakesNothing(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("projekt"));
        PreviewSite site = new PreviewSite(project, project.resolve("target/preview"), new PrintStream(OutputStream.nullOutputStream()));
        site.close();
        // The watcher's thread got the lock only now, after stop() returned.
        site.rebuild(state -> {
            throw new AssertionError("a bake after stop was shown");
        });
        assertFalse(Files.exists(project.resolve("target/preview")), "the preview was written after stop");
    }

    @Test
    void aBakeThatCouldNotReadAFileSaysSoInDanishWithoutClassNamesOrMachinePaths(@TempDir Path dir) throws Exception {
        Path project = TestProjects.small(dir.resolve("projekt")).toAbsolutePath().normalize();
        PreviewSite site = new PreviewSite(project, project.resolve("target/preview"), new PrintStream(OutputStream.nullOutputStream()));
        Path vanished = project.resolve("content/forsvundet.adoc");
        for (Exception e : new Exception[] {new NoSuchFileException(vanished.toString()),
                new IllegalStateException("intern fejl i " + dir.resolve("x.rb"))}) {
            String shown = site.couldNotBake(e).toString();
            assertTrue(shown.contains("Forhåndsvisningen kunne ikke bage"), shown);
            assertFalse(shown.contains("java.") || shown.contains("Exception") || shown.contains(dir.toString()), shown);
        }
        assertEquals("content/forsvundet.adoc", site.couldNotBake(new NoSuchFileException(vanished.toString())).file());
    }
}
