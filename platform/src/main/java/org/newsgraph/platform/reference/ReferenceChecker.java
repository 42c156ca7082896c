package org.newsgraph.platform.reference;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;

/**
 * Every call a service makes to another, written once: the policy's timeout and one circuit
 * breaker per service called (named after it), the same meaning of an answer everywhere, and merge
 * redirects followed in one place. The calls themselves are the services' typed REST clients,
 * which forward the caller's token ({@code ForwardedToken}).
 *
 * <ul>
 * <li>An answer (also a 4xx) is never a failure of the service; a timeout, a refused connection or
 * a 5xx is, and counts towards opening its breaker.</li>
 * <li>The caller learns 401 or 403 if the other service refused their token or role, and 503
 * UNAVAILABLE if it could not answer: a reference is never accepted unchecked.</li>
 * </ul>
 */
@ApplicationScoped
public class ReferenceChecker {

    private static final Logger LOG = Logger.getLogger(ReferenceChecker.class);

    @Inject
    ReferencePolicy policy;

    private final Map<String, Guard> guards = new ConcurrentHashMap<>();
    private final Map<String, Guard> retries = new ConcurrentHashMap<>();

    /**
     * Looks ids up with one batch call ({@code lookup} gets them comma-separated) and follows merge
     * redirects: each id asked resolves to the record it points at now, or is missing.
     */
    public <T extends Lookup.Record> Resolved<T> resolve(String service, Collection<UUID> ids,
            Function<String, ? extends Lookup<T>> lookup) {
        if (ids.isEmpty()) {
            return Resolved.none();
        }
        Set<UUID> asked = new LinkedHashSet<>(ids);
        Lookup<T> answer = check(service, () -> lookup.apply(asked.stream().map(UUID::toString)
                .collect(Collectors.joining(","))));
        Map<UUID, T> records = new HashMap<>();
        for (T record : answer.found() == null ? java.util.List.<T> of() : answer.found()) {
            records.put(record.id(), record);
        }
        Map<UUID, UUID> redirects = answer.redirects() == null ? Map.of() : answer.redirects();
        Map<UUID, T> byId = new HashMap<>();
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID id : asked) {
            T record = records.get(redirects.getOrDefault(id, id));
            if (record == null) {
                missing.add(id);
            } else {
                byId.put(id, record);
            }
        }
        return new Resolved<>(byId, missing);
    }

    /** One call made to check what a write refers to: never retried (a write waiting twice is worse than a quick 503). */
    @SuppressWarnings("unchecked")
    public <T> T check(String service, Supplier<T> call) {
        try {
            return (T) answer(guarded(service, call));
        } catch (RuntimeException e) {
            throw refusal(service, e);
        }
    }

    /** A read (nothing is stored from it): tried again after a failure, as often as the policy says. */
    @SuppressWarnings("unchecked")
    public <T> T read(String service, Supplier<T> call) {
        Guard retry = retries.computeIfAbsent(service, name -> Guard.create()
                .withRetry().maxRetries(policy.readRetries()).delay(100, ChronoUnit.MILLIS)
                .whenException(e -> isFailure(e) && !(e instanceof CircuitBreakerOpenException)).done()
                .build());
        try {
            return (T) answer(retry.get(() -> guarded(service, call), Object.class));
        } catch (RuntimeException e) {
            throw refusal(service, e);
        }
    }

    /** The name of the circuit breaker guarding calls to a service (for {@code CircuitBreakerMaintenance}). */
    public static String breakerName(String service) {
        return service;
    }

    /** Whether an exception from a call means the service failed (as opposed to answering no). */
    static boolean isFailure(Throwable e) {
        return !(e instanceof NewsgraphException)
                && !(e instanceof WebApplicationException web && web.getResponse().getStatus() < 500);
    }

    private Object guarded(String service, Supplier<?> call) {
        Guard guard = guards.computeIfAbsent(service, name -> Guard.create()
                .withDescription("calls to " + name)
                .withTimeout().duration(policy.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker().name(breakerName(name))
                .requestVolumeThreshold(policy.breaker().requestVolume())
                .failureRatio(policy.breaker().failureRatio())
                .delay(policy.breaker().delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(policy.breaker().successThreshold())
                .when(ReferenceChecker::isFailure).done()
                .build());
        return guard.get(call::get, Object.class);
    }

    private static <T> T answer(T answer) {
        if (answer == null) {
            throw new IllegalStateException("an empty answer");
        }
        return answer;
    }

    private static NewsgraphException refusal(String service, RuntimeException e) {
        if (e instanceof NewsgraphException refused) {
            return refused;
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            if (status == 401) {
                return new NewsgraphException(ErrorCode.UNAUTHENTICATED, service + " did not accept your token");
            }
            if (status == 403) {
                return NewsgraphException.forbidden(service + " refused your role");
            }
            LOG.warnf("%s refused a call it should have answered (%d): %s", service, status, e.getMessage());
        } else {
            LOG.warnf("%s could not be reached: %s", service, e.toString());
        }
        return NewsgraphException.unavailable(service + " could not be reached to check what this refers to;"
                + " nothing was stored, try again shortly", e);
    }
}
