package org.newsgraph.quote.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small real HTTP server standing in for another service in this module's tests. It answers
 * from handlers the test sets up, and on demand fails (500), hangs (answers nothing until
 * released) or is down (its port refuses connections). It records each request's path and
 * bearer token.
 */
public class StandIn {

    public enum Mode {
        UP, FAILING, HANGING, DOWN
    }

    /** One request as the stand-in saw it. */
    public record Request(String path, Map<String, String> query, String authorization) {

        /** The realm roles in the bearer token (read, not verified: the stand-in trusts quote-service's check). */
        public List<String> roles() {
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return List.of();
            }
            try {
                String payload = authorization.substring(7).split("\\.")[1];
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(payload));
                List<String> roles = new ArrayList<>();
                claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
                return roles;
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }

        /** Whether the caller may see drafts (reporter and up). */
        public boolean seesDrafts() {
            return roles().stream().anyMatch(r -> List.of("reporter", "editor", "admin").contains(r));
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String name;
    private final Map<String, BiFunction<Request, StandIn, Object>> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.UP;
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private HttpServer server;
    private int port;

    public StandIn(String name) {
        this.name = name;
    }

    public synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the " + name + " stand-in on port " + port, e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answers GET {@code path} with what the handler returns (serialised as JSON). */
    public void on(String path, BiFunction<Request, StandIn, Object> handler) {
        handlers.put(path, handler);
    }

    public synchronized void mode(Mode wanted) {
        if (wanted == mode) {
            return;
        }
        if (mode == Mode.HANGING) {
            hang.countDown();
        }
        if (mode == Mode.DOWN) {
            start();
        }
        if (wanted == Mode.HANGING) {
            hang = new CountDownLatch(1);
        }
        if (wanted == Mode.DOWN) {
            server.stop(0);
        }
        mode = wanted;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void forget() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(request);
            if (mode == Mode.HANGING) {
                try {
                    hang.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (mode == Mode.FAILING) {
                send(exchange, 500, Map.of("title", "Internal Server Error", "status", 500));
                return;
            }
            BiFunction<Request, StandIn, Object> handler = handlers.get(request.path());
            if (handler == null) {
                send(exchange, 404, Map.of("code", "NOT_FOUND", "status", 404));
                return;
            }
            send(exchange, 200, handler.apply(request, this));
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.merge(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "", (a, b) -> a + "," + b);
        }
        return query;
    }
}
