package org.newsgraph.gateway.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server standing in for one service, so that gateway tests can make it
 * answer, fail or hang on demand and count the calls it gets. The real services are used by
 * deploy/local's suite-wide tests.
 */
public final class StandIn {

    public enum Mode {
        ANSWER, FAIL, HANG
    }

    /** What the stand-in was asked. */
    public record Request(String method, String path, Map<String, List<String>> query, String body,
            String authorization) {
        public List<String> ids(String name) {
            List<String> ids = new ArrayList<>();
            for (String value : query.getOrDefault(name, List.of())) {
                for (String id : value.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id);
                    }
                }
            }
            return ids;
        }
    }

    /** An answer: a status and a body to send as JSON (problem+json for 4xx). */
    public record Answer(int status, Object body) {
        public static Answer ok(Object body) {
            return new Answer(200, body);
        }

        public static Answer problem(int status, String code, String detail, String field, Long currentVersion) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:newsgraph:problem:" + code.toLowerCase());
            problem.put("title", code);
            problem.put("status", status);
            problem.put("detail", detail);
            problem.put("code", code);
            if (field != null) {
                problem.put("field", field);
            }
            if (currentVersion != null) {
                problem.put("currentVersion", currentVersion);
            }
            return new Answer(status, problem);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<Request, Answer> handler;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile Mode mode = Mode.ANSWER;
    private volatile String lastAuthorization;
    private HttpServer server;

    public StandIn(Function<Request, Answer> handler) {
        this.handler = handler;
    }

    public synchronized String start() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", this::handle);
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public void mode(Mode newMode) {
        mode = newMode;
    }

    public int calls() {
        return calls.get();
    }

    public String lastAuthorization() {
        return lastAuthorization;
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
        try (exchange) {
            if (mode == Mode.FAIL) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (mode == Mode.HANG) {
                try {
                    Thread.sleep(8_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Map<String, List<String>> query = new LinkedHashMap<>();
            String raw = exchange.getRequestURI().getRawQuery();
            for (String param : raw == null ? new String[0] : raw.split("&")) {
                int eq = param.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? param : param.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8);
                query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer = handler.apply(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query, body, lastAuthorization));
            if (answer == null) {
                answer = Answer.problem(404, "NOT_FOUND", "no such resource", null, null);
            }
            if (answer.body() == null) {
                exchange.sendResponseHeaders(answer.status(), -1);
                return;
            }
            byte[] bytes = JSON.writeValueAsBytes(answer.body());
            exchange.getResponseHeaders().add("Content-Type",
                    answer.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
