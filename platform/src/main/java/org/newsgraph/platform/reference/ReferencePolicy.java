package org.newsgraph.platform.reference;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a service guards its calls to the other services (reference checks on writes, and the few
 * reads such as extraction's name search), the same for every service and every call:
 * {@code newsgraph.references.timeout}, {@code newsgraph.references.breaker.*},
 * {@code newsgraph.references.read-retries}. A 4xx answer is the other service's answer about this
 * request, never a failure of that service: only timeouts, refused connections and 5xx count.
 */
@ConfigMapping(prefix = "newsgraph.references")
public interface ReferencePolicy {

    /** How long one call may take; a slower one is abandoned and counts as a failure. */
    @WithDefault("2s")
    Duration timeout();

    /** How many times a read is tried again after a failure. Checks made for a write never are. */
    @WithDefault("1")
    int readRetries();

    Breaker breaker();

    /** One circuit breaker per service called: after enough failures, calls are refused at once for a while. */
    interface Breaker {

        /** How many recent calls the failure ratio is computed over. */
        @WithDefault("10")
        int requestVolume();

        /** The share of failures among them that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses calls before it lets one through to try. */
        @WithDefault("5s")
        Duration delay();

        /** How many trial calls must succeed to close it again. */
        @WithDefault("2")
        int successThreshold();
    }
}
