package org.newsgraph.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What the search benchmarks share: one GET of a list page as a user, timed by the caller. */
public final class BenchmarkCalls {

    private BenchmarkCalls() {
    }

    /** HTTP/1.1, as most clients use it (the JDK's default HTTP/2 upgrade is cut off by the server under load). */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** GETs {@code uri} with the query parameters and the token; returns how many edges the page had. */
    public static int page(HttpClient http, URI uri, String token, Map<String, String> params)
            throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String body = get(http, URI.create(uri + query.toString()), token);
        int edges = 0;
        for (int i = body.indexOf("\"cursor\""); i >= 0; i = body.indexOf("\"cursor\"", i + 1)) {
            edges++;
        }
        return edges;
    }

    /** GETs {@code uri} with the token; returns the body of the 200 (anything else fails the benchmark). */
    public static String get(HttpClient http, URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
