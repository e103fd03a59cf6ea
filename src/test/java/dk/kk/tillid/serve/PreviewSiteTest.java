package dk.kk.tillid.serve;

import dk.kk.tillid.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        Thread stopping = new Thread(site::close);
        stopping.start();
        // It either ends, or waits for the bake; it can do nothing else.
        Thread.State state;
        while ((state = stopping.getState()) != Thread.State.TERMINATED && state != Thread.State.BLOCKED
                && state != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        release.countDown();
        bake.join();
        stopping.join();
        assertEquals(Thread.State.TERMINATED, state, "stopping waited for the bake under way");
    }
}
