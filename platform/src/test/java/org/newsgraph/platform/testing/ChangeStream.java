package org.newsgraph.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of a service's change stream ({@code GET /changes}, server-sent events) for tests: the
 * changes it receives, in order, as JSON maps. Waits are generous deadlines, never asserted times.
 */
public final class ChangeStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChangeStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "change-stream-reader");
        this.reader.setDaemon(true);
    }

    /** Opens {@code baseUrl/changes?query} with the token; waits for the answer's status. */
    public static ChangeStream open(String baseUrl, String token, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.replaceAll("/$", "") + "/changes"
                + (query == null || query.isEmpty() ? "" : "?" + query)))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        try {
            ChangeStream stream = new ChangeStream(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS));
            stream.reader.start();
            return stream;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the change stream did not answer", e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    /** The next change, waiting up to {@code deadline}; null if none came. */
    public Map<String, Object> next(Duration deadline) {
        try {
            return received.poll(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} changes; fewer if the deadline passes first. */
    public List<Map<String, Object>> next(int count, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        List<Map<String, Object>> changes = new ArrayList<>();
        while (changes.size() < count) {
            Map<String, Object> change = next(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
            if (change == null) {
                break;
            }
            changes.add(change);
        }
        return changes;
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }

    private void read() {
        StringBuilder data = new StringBuilder();
        String event = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if ("change".equals(event) && !data.isEmpty()) {
                        received.add(JSON.readValue(data.toString(), new TypeReference<Map<String, Object>>() {
                        }));
                    }
                    data.setLength(0);
                    event = null;
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }
}
