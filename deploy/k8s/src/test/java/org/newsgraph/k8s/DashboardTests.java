package org.newsgraph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard imports (one Prometheus data source as an input) and draws what an editor
 * on call needs to see; deploy/local's ObservabilityIT checks that the services serve every metric
 * it draws.
 */
class DashboardTests {

    @Test
    void theDashboardDrawsGatewayLatencyDownstreamCallsCircuitBreakersAndDatabasePools() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Manifests.k8s().resolve("dashboards/newsgraph.json").toFile());
        assertEquals("DS_PROMETHEUS", dashboard.path("__inputs").path(0).path("name").asText());
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertFalse(panel.path("title").asText().isBlank());
            assertEquals("${DS_PROMETHEUS}", panel.path("datasource").path("uid").asText(), panel.path("title").asText());
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText());
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        String all = String.join("\n", expressions);
        assertTrue(all.contains("http_server_requests_seconds_sum{uri=\"/graphql\"}"), "gateway latency");
        assertTrue(all.contains("http_client_requests_seconds_count"), "downstream calls");
        assertTrue(all.contains("ft_circuitbreaker_state_current"), "circuit breakers");
        assertTrue(all.contains("agroal_active_count") && all.contains("agroal_awaiting_count"), "database pools");
    }
}
