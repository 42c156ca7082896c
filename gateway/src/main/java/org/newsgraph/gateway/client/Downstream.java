package org.newsgraph.gateway.client;

import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Uni;
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
     * A call whose failure is a GraphQL error: a service that is down, slow or behind an open breaker
     * is UNAVAILABLE for the fields that needed it; a service's refusal keeps its own code.
     */
    static <T> Uni<T> call(String service, Uni<T> call) {
        return call.onFailure().transform(failure -> failure(service, failure));
    }

    /** A call whose bad-input errors about the service's parameter {@code param} name the client's {@code argument}. */
    static <T> Uni<T> naming(String param, String argument, Uni<T> call) {
        return call.onFailure(GraphError.BadUserInput.class).transform(e -> param.equals(((GraphError) e).field())
                ? new GraphError.BadUserInput(e.getMessage(), argument) : e);
    }

    private static Throwable failure(String service, Throwable failure) {
        if (failure instanceof FaultToleranceException || failure instanceof ProcessingException
                || failure instanceof WebApplicationException || failure instanceof IOException) {
            LOG.debugf("%s failed: %s", service, failure);
            return new GraphError.Unavailable(service + " is unavailable", failure);
        }
        return failure;
    }

    /**
     * The error a service's answer stands for (each client's exception mapper). A 4xx is the
     * caller's; a 500 is the service's failure on this one request; anything else (502, 503, 504,
     * or no problem+json: a proxy answered) says the service cannot serve at all.
     */
    public static RuntimeException error(Response response, String service) {
        Problem problem = null;
        try {
            response.bufferEntity();
            problem = response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            // not problem+json: a proxy or a crash answered
        }
        if (problem != null && problem.code() != null) {
            return GraphError.of(problem, service);
        }
        int status = response.getStatus();
        if (status == 500) {
            return new GraphError.ServiceFailure(service + " failed on this request");
        }
        return status > 500 ? new GraphError.Unavailable(service + " answered " + status, null)
                : new GraphError.BadUserInput(service + " refused the request (" + status + ")", null);
    }

    /** Ids for a query parameter, each once. */
    static String ids(Collection<String> ids) {
        return ids.stream().distinct().collect(Collectors.joining(","));
    }
}
