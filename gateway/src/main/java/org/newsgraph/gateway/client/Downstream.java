package org.newsgraph.gateway.client;

import java.util.Collection;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.platform.error.Problem;

/** How a call to a service turns into data or a GraphQL error. */
public final class Downstream {

    private static final Logger LOG = Logger.getLogger(Downstream.class);

    private Downstream() {
    }

    /**
     * Runs a call; a service that is down, slow or behind an open breaker becomes UNAVAILABLE for
     * the fields that needed it, a service's refusal keeps its own code.
     */
    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (GraphError e) {
            throw e;
        } catch (FaultToleranceException | ProcessingException | WebApplicationException e) {
            LOG.debugf("%s failed: %s", service, e);
            throw new GraphError.Unavailable(service + " is unavailable", e);
        }
    }

    public static void run(String service, Runnable call) {
        call(service, () -> {
            call.run();
            return null;
        });
    }

    /** The error a service's answer stands for (used by each client's exception mapper). */
    public static RuntimeException error(Response response, String service) {
        Problem problem = null;
        try {
            response.bufferEntity();
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            // not problem+json: a proxy or a crash answered
        }
        if (problem == null || problem.code() == null) {
            return response.getStatus() >= 500 ? new GraphError.Unavailable(service + " answered "
                    + response.getStatus(), null) : new GraphError.BadUserInput(service + " refused the request ("
                            + response.getStatus() + ")", null);
        }
        return GraphError.of(problem, service);
    }

    public static String ids(Collection<String> ids) {
        return ids.stream().distinct().collect(Collectors.joining(","));
    }
}
