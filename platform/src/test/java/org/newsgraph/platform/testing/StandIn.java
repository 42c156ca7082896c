package org.newsgraph.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Problem;
import org.newsgraph.platform.rest.Ids;

/**
 * A small real HTTP server standing in for another service in a module's tests, for what a real
 * service cannot do on demand: fail (500), hang (answer nothing until released), or be down (its
 * port refuses connections). It answers from handlers the test sets up, in the shapes the real
 * service uses, and records each request with its bearer token. The real services meet in
 * deploy/local's suite-wide tests.
 */
public class StandIn {

    public enum Mode {
        UP, FAILING, HANGING, DOWN
    }

    /** One request as the stand-in saw it; repeated query parameters are joined with commas. */
    public record Request(String method, String path, Map<String, String> query, String body,
            String authorization) {

        /**
         * Ids given comma-separated and/or as repeated parameters, read as the services read them
         * ({@link Ids}): written as the services write them, and one that is not an id is 400 naming
         * the parameter.
         */
        public List<String> ids(String name) {
            List<String> ids = new ArrayList<>();
            for (String id : query.getOrDefault(name, "").split(",")) {
                if (!id.isBlank()) {
                    ids.add(Ids.one(id, name).toString());
                }
            }
            return ids;
        }

        /** The body read as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The realm roles in the bearer token (read, not verified: the service under test verified it). */
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

    /** An answer: a status and a body sent as JSON (problem+json for 4xx and 5xx). */
    public record Answer(int status, Object body) {

        public static Answer ok(Object body) {
            return new Answer(200, body);
        }

        /**
         * Server-sent events named {@code name}, one for each of {@code data} (as JSON), then the end of
         * the stream, as a service that stops would end it.
         */
        public static Answer events(String name, List<?> data) {
            return new Answer(200, new ServerSentEvents(name, data));
        }

        /** A problem as the platform's error format writes it. */
        public static Answer problem(int status, String code, String detail, String field, Long currentVersion) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:newsgraph:problem:" + code.toLowerCase().replace('_', '-'));
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

    /** The events of a server-sent event stream: each is named {@code name} and has one of {@code data}. */
    private record ServerSentEvents(String name, List<?> data) {
    }

    /** One call as the stand-in served it, with when it started and ended ({@link System#nanoTime()}). */
    public record Call(Request request, long started, long ended) {

        /** Whether the two calls were being served at the same time. */
        public boolean overlaps(Call other) {
            return started < other.ended && other.started < ended;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String name;
    private final Map<String, Function<Request, Answer>> handlers = new ConcurrentHashMap<>();
    private volatile Function<Request, Answer> fallback = request -> null;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile Duration hold = Duration.ZERO;
    private volatile Mode mode = Mode.UP;
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private HttpServer server;
    private int port;

    public StandIn(String name) {
        this.name = name;
    }

    /** Starts it (on the port it had before, if it was started before); returns its URL. */
    public synchronized String start() {
        if (server == null) {
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
        return url();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Answers GET {@code path} with 200 and what the handler returns. */
    public void on(String path, BiFunction<Request, StandIn, Object> handler) {
        on("GET", path, request -> Answer.ok(handler.apply(request, this)));
    }

    /** Answers {@code method path} with what the handler returns. */
    public void on(String method, String path, Function<Request, Answer> handler) {
        handlers.put(method + " " + path, handler);
    }

    /** Answers what no other handler takes (null: 404). */
    public void otherwise(Function<Request, Answer> handler) {
        fallback = handler;
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
            stop();
        }
        mode = wanted;
    }

    /** Holds every call this long before answering it, as a busy service would (zero: answers at once). */
    public void hold(Duration each) {
        hold = each;
    }

    /** The calls to {@code path} that were answered, in the order they ended. */
    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.request().path().equals(path)).toList();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** How many requests it has had. */
    public int calls() {
        return requests.size();
    }

    /** The Authorization header of the latest request. */
    public String lastAuthorization() {
        return requests.isEmpty() ? null : requests.get(requests.size() - 1).authorization();
    }

    public void forget() {
        requests.clear();
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    query(exchange.getRequestURI().getRawQuery()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
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
                send(exchange, new Answer(500, Map.of("title", "Internal Server Error", "status", 500)));
                return;
            }
            long started = System.nanoTime();
            if (!hold.isZero()) {
                try {
                    Thread.sleep(hold.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Function<Request, Answer> handler = handlers.get(request.method() + " " + request.path());
            Answer answer;
            try {
                answer = handler != null ? handler.apply(request) : fallback.apply(request);
            } catch (NewsgraphException refused) {
                // as the services' ProblemMappers answer it
                Problem problem = refused.toProblem();
                answer = Answer.problem(problem.status(), problem.code().name(), problem.detail(), problem.field(),
                        problem.currentVersion());
            }
            send(exchange, answer != null ? answer : Answer.problem(404, "NOT_FOUND", "no such resource", null, null));
            calls.add(new Call(request, started, System.nanoTime()));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        String type = answer.status() >= 400 ? "application/problem+json" : "application/json";
        byte[] bytes;
        if (answer.body() instanceof ServerSentEvents events) {
            type = "text/event-stream";
            StringBuilder text = new StringBuilder();
            for (Object data : events.data()) {
                text.append("event: ").append(events.name()).append("\ndata: ").append(JSON.writeValueAsString(data))
                        .append("\n\n");
            }
            bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = JSON.writeValueAsBytes(answer.body());
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
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
