package org.newsgraph.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL-over-WebSocket client speaking graphql-transport-ws (the protocol of graphql-ws 5 and
 * 6, which the editor UI uses) to the stack's gateway, with the token in connection_init as the UI
 * sends it. Waits are generous deadlines; nothing is timed.
 */
public final class LiveSocket implements AutoCloseable {

    public static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A message for one subscription: a change (next), its refusal (error), or its end (complete); when it came. */
    public record Message(String type, Map<String, Object> payload, Object errors, Instant receivedAt) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> change() {
            Map<String, Object> data = payload == null ? null : (Map<String, Object>) payload.get("data");
            return data == null ? null : (Map<String, Object>) data.get("storyChanges");
        }
    }

    /** One subscription on a socket of its own, as a client (a browser tab) has it. */
    public record Subscriber(LiveSocket socket, String subscription) {

        /** {@code count} subscribers of a story, each connected with the token, from a cursor. */
        public static List<Subscriber> open(int count, String token, String storyId, String after) {
            return open(count, List.of(token), storyId, after);
        }

        /**
         * {@code count} subscribers of a story from a cursor, connected with the tokens in turn: the
         * readers of several users (one user follows at most {@code newsgraph.live.max-per-user} at once).
         */
        public static List<Subscriber> open(int count, List<String> tokens, String storyId, String after) {
            List<Subscriber> subscribers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LiveSocket socket = connected(tokens.get(i % tokens.size()));
                subscribers.add(new Subscriber(socket, socket.subscribe(storyId, after)));
            }
            return subscribers;
        }

        public static void closeAll(List<Subscriber> subscribers) {
            subscribers.forEach(subscriber -> subscriber.socket().close());
        }

        public Message next() {
            return socket.next(subscription, DEADLINE);
        }
    }

    private final WebSocket socket;
    private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final Map<String, BlockingQueue<Message>> subscriptions = new ConcurrentHashMap<>();

    private LiveSocket(String token) {
        this(token, true);
    }

    private LiveSocket(String token, boolean init) {
        String url = SuiteStack.settings().serviceUrl(Services.GATEWAY).replaceFirst("^http", "ws") + "/graphql";
        try {
            socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create(url), new Listener()).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the gateway did not accept a WebSocket on " + url, e);
        }
        if (init) {
            Map<String, Object> payload = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
            send(Map.of("type", "connection_init", "payload", payload));
        }
    }

    /** Opens a socket and sends nothing on it, not even connection_init. */
    static LiveSocket silent() {
        return new LiveSocket(null, false);
    }

    /** Opens a socket and sends connection_init with the token (none if null); does not wait for the answer. */
    static LiveSocket open(String token) {
        return new LiveSocket(token);
    }

    /** Opens a socket with the token and waits until the gateway acknowledges it. */
    public static LiveSocket connected(String token) {
        LiveSocket socket = open(token);
        socket.awaitAcknowledged();
        return socket;
    }

    void awaitAcknowledged() {
        try {
            acknowledged.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the gateway did not acknowledge the connection (closed with "
                    + closed.getNow(null) + ")", e);
        }
    }

    /** The close code the gateway closed the socket with; null if it stayed open until the deadline. */
    Integer closeCode(Duration deadline) {
        try {
            return closed.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes to a story's changes (after a cursor, if given); returns the subscription's id. */
    public String subscribe(String storyId, String after) {
        String id = UUID.randomUUID().toString();
        subscriptions.put(id, new LinkedBlockingQueue<>());
        Map<String, Object> variables = new HashMap<>();
        variables.put("storyId", storyId);
        variables.put("after", after);
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", """
                subscription($storyId: ID!, $after: String) {
                  storyChanges(storyId: $storyId, after: $after) { kind recordType id version state user at cursor }
                }""", "variables", variables)));
        return id;
    }

    /** Sends a query or mutation as graphql-transport-ws does (a subscribe message); returns its id. */
    String operation(String document) {
        String id = UUID.randomUUID().toString();
        subscriptions.put(id, new LinkedBlockingQueue<>());
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
        return id;
    }

    /** The next message of a subscription; null if none came before the deadline. */
    public Message next(String subscription, Duration deadline) {
        try {
            return subscriptions.get(subscription).poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next change of a subscription; fails the test if something else, or nothing, came. */
    Map<String, Object> nextChange(String subscription) {
        Message message = next(subscription, DEADLINE);
        if (message == null || message.change() == null) {
            throw new AssertionError("expected a change, got " + message);
        }
        return message.change();
    }

    void complete(String subscription) {
        send(Map.of("id", subscription, "type", "complete"));
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
            closeCode(Duration.ofSeconds(10));
        }
        socket.abort();
    }

    /** Sends a text as it is, whatever it holds. */
    void sendText(String text) {
        try {
            socket.sendText(text, true).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + text, e);
        }
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not send " + message.get("type"), e);
        }
    }

    private void received(String text, Instant receivedAt) throws java.io.IOException {
        Map<String, Object> message = JSON.readValue(text, new TypeReference<>() {
        });
        String type = String.valueOf(message.get("type"));
        switch (type) {
            case "connection_ack" -> acknowledged.complete(null);
            case "ping" -> socket.sendText("{\"type\":\"pong\"}", true);
            case "next" -> queue(message).add(new Message(type, cast(message.get("payload")), null, receivedAt));
            case "error" -> queue(message).add(new Message(type, null, message.get("payload"), receivedAt));
            case "complete" -> queue(message).add(new Message(type, null, null, receivedAt));
            default -> {
                // pong and anything newer: nothing to do
            }
        }
    }

    private BlockingQueue<Message> queue(Map<String, Object> message) {
        return subscriptions.computeIfAbsent(String.valueOf(message.get("id")), id -> new LinkedBlockingQueue<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received(text.toString(), Instant.now());
                } catch (java.io.IOException e) {
                    throw new IllegalStateException("not a graphql-transport-ws message: " + text, e);
                } finally {
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            acknowledged.completeExceptionally(new IllegalStateException("closed with " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
            acknowledged.completeExceptionally(error);
        }
    }
}
