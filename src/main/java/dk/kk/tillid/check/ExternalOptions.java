package dk.kk.tillid.check;

import java.time.Duration;

/**
 * How to check http(s) links online.
 *
 * @param maxConcurrent requests under way at once, over all hosts
 * @param maxPerHost    requests under way at once to one host, so a check never looks like an attack
 */
public record ExternalOptions(Duration connectTimeout, Duration requestTimeout, int maxConcurrent, int maxPerHost) {

    public ExternalOptions {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxConcurrent < 1 || maxPerHost < 1) {
            throw new IllegalArgumentException("at least one request must be allowed");
        }
    }

    /** Connect 5 s, request 10 s, 8 at once, 2 per host. */
    public static ExternalOptions defaults() {
        return new ExternalOptions(Duration.ofSeconds(5), Duration.ofSeconds(10), 8, 2);
    }
}
