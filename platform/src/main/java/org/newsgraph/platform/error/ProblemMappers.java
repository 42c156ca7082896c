package org.newsgraph.platform.error;

import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsgraph.platform.rest.Ids;

/**
 * Maps every refusal to {@code application/problem+json} once, for all services, so that a
 * client sees the same shape and the same {@code code} whichever service answered. A client's
 * mistake is not logged above DEBUG; anything unexpected is {@code INTERNAL} with an id that the
 * ERROR log line carries too, and never shows the client a stack trace or an exception's name.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response respond(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem);
        if (problem.code() == ErrorCode.UNAUTHENTICATED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsroom\"");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response newsgraph(NewsgraphException e) {
        return respond(e.toProblem());
    }

    /** Wrong types and unknown fields: named over Quarkus' own mapper so the problem names the field. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedBody(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof InvalidFormatException value && value.getTargetType() == UUID.class) {
            return respond(Problem.of(ErrorCode.BAD_USER_INPUT, Ids.notAnId(value.getValue()), field, null));
        }
        return respond(Problem.of(ErrorCode.BAD_USER_INPUT,
                "The request body could not be read as JSON: " + e.getOriginalMessage(), field, null));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        // a method parameter path reads "create.input.name": the field is what follows the parameter
        String[] parts = path.split("\\.");
        String field = (parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1]).replaceAll("\\.?<[a-z ]+>", "");
        return respond(Problem.of(ErrorCode.BAD_USER_INPUT, field + " " + first.getMessage(), field, null));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return respond(Problem.of(ErrorCode.CONFLICT,
                "The record was changed by someone else at the same moment; reload it and try again", null, null));
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return staleWrite(null);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthenticated(RuntimeException e) {
        return respond(Problem.of(ErrorCode.UNAUTHENTICATED,
                "A valid bearer token from the newsroom realm is required", null, null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(ErrorCode.FORBIDDEN, "Your role does not allow this", null, null));
    }

    @ServerExceptionMapper
    public Response noSuchResource(NotFoundException e) {
        if (e.getCause() instanceof NewsgraphException refused) {
            // a path parameter that is not what it names (see IdParameters): the client's mistake, said so
            return newsgraph(refused);
        }
        return respond(Problem.of(ErrorCode.NOT_FOUND, "No such resource", null, null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409 -> ErrorCode.CONFLICT;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> ErrorCode.BAD_USER_INPUT;
        };
        if (status >= 500 && code != ErrorCode.UNAVAILABLE) {
            return unexpected(e, null);
        }
        LOG.debugf("refused with %d: %s", status, e.getMessage());
        Problem problem = Problem.of(code, e.getMessage(), null, null);
        return respond(new Problem(problem.type(), problem.title(), status, problem.detail(), code, null, null, null));
    }

    /** The safety net: whatever no mapper above knows is our fault, logged once with an id the client gets. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri == null ? "?" : uri.getRequestUri().getRawPath());
        return respond(Problem.internal(id));
    }
}
