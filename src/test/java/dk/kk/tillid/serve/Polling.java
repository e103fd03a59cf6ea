package dk.kk.tillid.serve;

import java.time.Duration;

/** Waits for something that must happen (a bake, an index write) by asking again, without reading the clock. */
final class Polling {
    private static final Duration PAUSE = Duration.ofMillis(100);

    interface Check {
        boolean holds() throws Exception;
    }

    private Polling() {
    }

    /**
     * True as soon as {@code check} holds; false once it has been asked as often as {@code patience} allows
     * with a pause between. A generous bound for an event that must come, not a time budget: a loaded machine
     * only makes it wait longer.
     */
    static boolean until(Duration patience, Check check) throws Exception {
        for (long attempt = patience.dividedBy(PAUSE); attempt > 0; attempt--) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(PAUSE.toMillis());
        }
        return check.holds();
    }
}
