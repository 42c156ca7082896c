package org.newsgraph.event.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server standing in for entity-service's batch lookup, so that tests can make
 * it answer, fail or hang on demand. The real entity-service is used by deploy/local's tests.
 */
public final class EntityServiceStandIn {

    public enum Mode {
        ANSWER, FAIL, HANG
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, Map<String, Object>> RECORDS = new ConcurrentHashMap<>();
    private static final Map<UUID, UUID> MERGED = new ConcurrentHashMap<>();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static volatile Mode mode = Mode.ANSWER;
    private static volatile String lastAuthorization;
    private static HttpServer server;

    private EntityServiceStandIn() {
    }

    static synchronized String start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/entities/lookup", EntityServiceStandIn::lookup);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Makes entity-service know a record of this kind; returns its id. */
    public static UUID add(String kind, String name) {
        UUID id = UUID.randomUUID();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id.toString());
        record.put("kind", kind);
        record.put("name", name);
        RECORDS.put(id, record);
        return id;
    }

    public static UUID person(String name) {
        return add("PERSON", name);
    }

    public static UUID place(String name) {
        return add("PLACE", name);
    }

    /** Makes {@code duplicate} a merged duplicate of {@code survivor}. */
    public static void merge(UUID duplicate, UUID survivor) {
        MERGED.put(duplicate, survivor);
    }

    public static void mode(Mode newMode) {
        mode = newMode;
    }

    public static int calls() {
        return CALLS.get();
    }

    public static String lastAuthorization() {
        return lastAuthorization;
    }

    private static void lookup(HttpExchange exchange) throws IOException {
        CALLS.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        try (exchange) {
            switch (mode) {
                case FAIL -> {
                    exchange.sendResponseHeaders(500, -1);
                    return;
                }
                case HANG -> {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                default -> {
                }
            }
            List<Map<String, Object>> entities = new ArrayList<>();
            Map<String, String> redirects = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            String query = exchange.getRequestURI().getRawQuery();
            for (String param : query == null ? new String[0] : query.split("&")) {
                if (!param.startsWith("ids=")) {
                    continue;
                }
                for (String raw : URLDecoder.decode(param.substring(4), StandardCharsets.UTF_8).split(",")) {
                    UUID asked = UUID.fromString(raw);
                    UUID id = MERGED.getOrDefault(asked, asked);
                    Map<String, Object> record = RECORDS.get(id);
                    if (record == null) {
                        missing.add(raw);
                        continue;
                    }
                    if (!id.equals(asked)) {
                        redirects.put(raw, id.toString());
                    }
                    entities.add(record);
                }
            }
            byte[] body = JSON.writeValueAsBytes(Map.of("entities", entities, "redirects", redirects,
                    "missing", missing));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
