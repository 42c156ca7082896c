package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.TraceCollector.Span;

/**
 * What an operator sees of a request: one trace from the gateway through every service it called
 * down to their SQL, and the metrics the Grafana dashboard of deploy/k8s draws, on each service's
 * management port. After the other suite tests (it reads the demo story they loaded), before the
 * restart.
 */
@ExtendWith(SuiteStack.class)
@Order(Order.DEFAULT + 1)
class ObservabilityIT {

    private static final String STORY = """
            { story(slug: "alaska-summit-2025") { title
                timeline(first: 20) { edges { node { title participants { role entity { name } } } } }
                quotes(first: 20) { edges { node { text speaker { name } } } } } }""";
    private static final List<String> SERVICES = List.of("entity-service", "event-service", "quote-service");
    private static final Duration EXPORT_WAIT = Duration.ofSeconds(30);

    @Test
    void aGraphQLQueryIsOneTraceFromTheGatewayThroughEveryServiceItCalledToTheirDatabases() throws Exception {
        Settings settings = SuiteStack.settings();
        DemoStory.load(URI.create(settings.serviceUrl(Services.GATEWAY)), DemoStory.token(URI.create(settings.keycloakUrl()),
                DemoUsers.EDITOR.username(), DemoUsers.EDITOR.password()), settings.repository().resolve(DemoStory.FILE));
        String token = Tokens.accessToken(DemoUsers.VIEWER);
        TraceCollector traces = SuiteStack.traces();
        awaitQuiet(traces);
        traces.clear();

        Graph.asToken(token, STORY, Map.of()).statusCode(200).body("errors", nullValue());

        List<Span> spans = awaitSpans(traces, received -> SERVICES.stream().allMatch(service -> received.stream()
                .anyMatch(span -> span.service().equals(service) && isDatabaseCall(span))));
        List<Span> requests = spans.stream()
                .filter(span -> span.service().equals(Services.GATEWAY) && span.kind() == SpanKind.SPAN_KIND_SERVER)
                .toList();
        assertEquals(1, requests.size(), "one gateway request span: " + requests);
        Span request = requests.get(0);
        assertTrue(request.isRoot(), "the gateway's request starts the trace");
        assertTrue(request.name().contains("/graphql"), request.name());

        List<Span> trace = spans.stream().filter(span -> span.traceId().equals(request.traceId())).toList();
        Set<String> ids = trace.stream().map(Span::spanId).collect(Collectors.toSet());
        for (Span span : trace) {
            assertTrue(span == request || ids.contains(span.parentSpanId()),
                    "every span hangs off the request's tree: " + span);
        }
        for (String service : SERVICES) {
            assertTrue(trace.stream().anyMatch(span -> span.service().equals(service) && span.kind() == SpanKind.SPAN_KIND_SERVER),
                    service + " answered the gateway within the trace");
            assertTrue(trace.stream().anyMatch(span -> span.service().equals(service) && isDatabaseCall(span)),
                    service + "'s SQL is in the trace");
        }
        assertTrue(trace.stream().anyMatch(span -> span.service().equals(Services.GATEWAY) && span.kind() == SpanKind.SPAN_KIND_CLIENT),
                "the gateway's calls to the services are in the trace");
        List<Span> elsewhere = spans.stream()
                .filter(span -> span.kind() == SpanKind.SPAN_KIND_SERVER && !span.traceId().equals(request.traceId()))
                .toList();
        assertEquals(List.of(), elsewhere, "no service answered outside the query's trace");
    }

    @Test
    void everyMetricTheDashboardDrawsIsServedOnTheManagementPorts() throws Exception {
        Settings settings = SuiteStack.settings();
        Graph.as(DemoUsers.VIEWER, STORY).statusCode(200);
        StringBuilder served = new StringBuilder();
        for (Services.Service service : Services.ALL) {
            given().get(settings.serviceUrl(service.name()) + "/q/metrics").then().statusCode(404);
            served.append(given().get(settings.managementUrl(service.name()) + "/q/metrics").then().statusCode(200)
                    .extract().asString());
        }
        Set<String> names = served.toString().lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.replaceFirst("[{ ].*", "")).collect(Collectors.toCollection(TreeSet::new));

        String dashboard = Files.readString(settings.repository().resolve("deploy/k8s/dashboards/newsgraph.json"));
        Set<String> drawn = new TreeSet<>();
        Matcher expression = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(dashboard);
        while (expression.find()) {
            Matcher metric = Pattern.compile("\\b([a-z_]+_(?:seconds_bucket|seconds_count|seconds_sum|seconds_max|total|count|current|state))\\b")
                    .matcher(expression.group(1));
            while (metric.find()) {
                drawn.add(metric.group(1));
            }
        }
        assertFalse(drawn.isEmpty(), "the dashboard draws metrics");
        Set<String> missing = new TreeSet<>(drawn);
        missing.removeAll(names);
        assertEquals(Set.of(), missing, "metrics the dashboard draws that no service serves");
    }

    private static boolean isDatabaseCall(Span span) {
        return span.kind() == SpanKind.SPAN_KIND_CLIENT
                && (span.attributes().containsKey("db.system") || span.attributes().containsKey("db.system.name"));
    }

    /** Lets spans of earlier requests arrive (the exporters send every 5 s) before the window opens. */
    private static void awaitQuiet(TraceCollector traces) throws InterruptedException {
        long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
        int seen = traces.spans().size();
        int quietSeconds = 0;
        while (quietSeconds < 6 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            int now = traces.spans().size();
            quietSeconds = now == seen ? quietSeconds + 1 : 0;
            seen = now;
        }
    }

    private static List<Span> awaitSpans(TraceCollector traces, java.util.function.Predicate<List<Span>> complete)
            throws InterruptedException {
        long deadline = System.nanoTime() + EXPORT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<Span> spans = traces.spans();
            if (complete.test(spans)) {
                Thread.sleep(6_000); // the last batch of every service
                return traces.spans();
            }
            Thread.sleep(500);
        }
        fail("the services exported no complete trace within " + EXPORT_WAIT + ": " + traces.spans());
        return List.of();
    }
}
