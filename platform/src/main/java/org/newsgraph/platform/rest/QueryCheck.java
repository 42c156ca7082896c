package org.newsgraph.platform.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.Problem;
import org.newsgraph.platform.error.ProblemMappers;

/**
 * Every query parameter of every request, checked once before any resource reads it: one that
 * cannot be decoded ({@code %zz}) or that holds a NUL character ({@code %00}, which PostgreSQL
 * cannot store or compare) is 400 naming the parameter, instead of a database error.
 */
public class QueryCheck {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name;
            try {
                name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                    return refuse(name.replace("\0", ""), "must not contain the NUL character (%00)");
                }
            } catch (IllegalArgumentException e) {
                return refuse(rawName, "is not URL-encoded correctly");
            }
        }
        return null;
    }

    private static Response refuse(String name, String problem) {
        return ProblemMappers.respond(Problem.of(ErrorCode.BAD_USER_INPUT, name + " " + problem, name, null));
    }
}
