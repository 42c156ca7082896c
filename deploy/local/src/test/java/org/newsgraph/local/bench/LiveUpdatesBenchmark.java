package org.newsgraph.local.bench;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers;
import org.newsgraph.local.LiveSocket;
import org.newsgraph.local.Metrics;
import org.newsgraph.local.LiveSocket.Subscriber;
import org.newsgraph.local.Services;
import org.newsgraph.local.Settings;
import org.newsgraph.local.SuiteStack;
import org.newsgraph.local.TestAccess;

/**
 * Live updates measured on the real stack (not part of the test run: its name matches no test
 * pattern). Run it with
 *
 * <pre>./mvnw -B verify -pl deploy/local -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LiveUpdatesBenchmark -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * It prints, side by side
 * for 1 and 100 subscribers on one story, the change-to-delivery latency (p50, p99): from the
 * change's {@code at} (the database clock when the outbox row was written, just before commit) to
 * the moment the subscriber's socket received it, over {@code bench.changes} (200) changes made
 * one after another through the gateway. Then the memory per open subscription: heap in use
 * after a full GC (jcmd GC.run) in the gateway and in each service, with 0 and with
 * {@code bench.idle} (100) idle subscriptions open, divided by their number.
 */
@ExtendWith(SuiteStack.class)
class LiveUpdatesBenchmark {

    private static final int CHANGES = Integer.getInteger("bench.changes", 200);
    private static final int IDLE = Integer.getInteger("bench.idle", 100);
    private static List<String> readers;
    private static final List<String> PROCESSES = List.of(Services.GATEWAY, "event-service", "quote-service",
            "entity-service");

    @Test
    void measure() throws Exception {
        Settings settings = SuiteStack.settings();
        String editor = TestAccess.token(DemoUsers.EDITOR);
        // the readers are the four demo users in turn: one user follows at most 50 stories at once
        readers = DemoUsers.ALL.stream().map(TestAccess::token).toList();
        System.out.println();
        System.out.printf("Change-to-delivery latency, %d changes (ms):%n", CHANGES);
        System.out.println("subscribers  deliveries     p50     p99     max");
        for (int subscribers : List.of(1, 100)) {
            latency(settings, editor, subscribers); // warm-up round, not printed
            List<Double> millis = latency(settings, editor, subscribers);
            Collections.sort(millis);
            System.out.printf("%11d  %10d  %6.1f  %6.1f  %6.1f%n", subscribers, millis.size(), percentile(millis, 50),
                    percentile(millis, 99), millis.get(millis.size() - 1));
        }

        System.out.println();
        System.out.printf("Memory per open subscription (%d idle subscriptions; heap after a full GC):%n", IDLE);
        String story = story(settings, editor);
        Map<String, Long> before = new java.util.LinkedHashMap<>();
        for (String process : PROCESSES) {
            before.put(process, heapAfterGc(settings, process));
        }
        List<Subscriber> idle = Subscriber.open(IDLE, readers, story, null);
        try {
            Thread.sleep(5000); // every subscription has opened its streams
            long total = 0;
            for (String process : PROCESSES) {
                long grown = heapAfterGc(settings, process) - before.get(process);
                total += grown;
                System.out.printf("%-16s %7.1f KiB%n", process, grown / 1024.0 / IDLE);
            }
            System.out.printf("%-16s %7.1f KiB%n", "all", total / 1024.0 / IDLE);
        } finally {
            Subscriber.closeAll(idle);
        }
    }

    /** Opens {@code subscribers} subscriptions on a new story, makes the changes, returns each delivery's latency. */
    private static List<Double> latency(Settings settings, String editor, int subscribers) throws Exception {
        String story = story(settings, editor);
        String cursor = graph(settings, editor, "query($id: ID!) { story(id: $id) { changeCursor } }",
                Map.of("id", story)).path("data.story.changeCursor");
        List<Subscriber> all = Subscriber.open(subscribers, readers, story, cursor);
        try {
            for (int version = 1; version <= CHANGES; version++) {
                graph(settings, editor, "mutation($id: ID!, $v: Int!, $t: String!) { updateStory(id: $id, version: $v,"
                        + " input: {title: $t, slug: $t}) { version } }",
                        Map.of("id", story, "v", version, "t", "bench-" + UUID.randomUUID().toString().substring(0, 8)));
            }
            List<Double> millis = new ArrayList<>();
            for (Subscriber subscriber : all) {
                for (int n = 0; n < CHANGES; n++) {
                    LiveSocket.Message message = subscriber.next();
                    if (message == null || message.change() == null) {
                        throw new AssertionError("a subscriber got " + message + " after " + n + " changes");
                    }
                    Instant at = Instant.parse((String) message.change().get("at"));
                    millis.add(Duration.between(at, message.receivedAt()).toNanos() / 1e6);
                }
            }
            return millis;
        } finally {
            Subscriber.closeAll(all);
        }
    }

    private static String story(Settings settings, String editor) {
        String slug = "bench-live-" + UUID.randomUUID().toString().substring(0, 8);
        String story = graph(settings, editor, "mutation($s: String!) { createStory(input: {title: \"Benchmark\","
                + " slug: $s}) { id } }", Map.of("s", slug)).path("data.createStory.id");
        graph(settings, editor, "mutation($id: ID!) { moveStory(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", story));
        return story;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> graph(
            Settings settings, String token, String query, Map<String, Object> variables) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post(settings.serviceUrl(Services.GATEWAY) + "/graphql").then().statusCode(200).extract();
    }

    /** Heap in use by a service of the stack after a full GC (jcmd GC.run), from its Prometheus metrics. */
    private static long heapAfterGc(Settings settings, String service) throws Exception {
        Path jar = settings.serviceJar(service).toAbsolutePath().normalize();
        ProcessHandle process = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar.toString())).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException(service + " is not running from " + jar));
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        // the heap is several pools (eden, survivor, old): their sum
        return (long) Metrics.of(settings, service).sum("jvm_memory_used_bytes", "area=\"heap\"");
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
