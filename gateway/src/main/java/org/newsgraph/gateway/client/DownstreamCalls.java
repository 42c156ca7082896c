package org.newsgraph.gateway.client;

import io.micrometer.core.instrument.Metrics;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Counts every call the gateway makes to a service, by service and endpoint
 * ({@code newsgraph_gateway_downstream_calls_total}): the measure of "no N+1". Ids in paths are
 * folded into {@code {id}} so that endpoints, not records, are counted.
 */
public class DownstreamCalls implements ClientRequestFilter {

    public static final String METRIC = "newsgraph.gateway.downstream.calls";
    public static final String SERVICE_HEADER = "X-Newsgraph-Service";

    @Override
    public void filter(ClientRequestContext request) {
        Object service = request.getHeaders().getFirst(SERVICE_HEADER);
        request.getHeaders().remove(SERVICE_HEADER);
        String endpoint = request.getMethod() + " " + request.getUri().getPath()
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
        Metrics.counter(METRIC, "service", String.valueOf(service), "endpoint", endpoint).increment();
    }
}
