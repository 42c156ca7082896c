package org.newsgraph.local;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.List;

/**
 * A service's Prometheus metrics as its management port serves them, read once. A sample line is
 * {@code name{labels} value}, possibly followed by a timestamp or an OpenTelemetry exemplar
 * ({@code # {trace_id=…} 1.0 …}): the value is the first number after the name and labels.
 */
public final class Metrics {

    private final List<String> samples;

    private Metrics(String text) {
        this.samples = text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    /** The metrics of one service of the stack, now. */
    public static Metrics of(Settings settings, String service) {
        return new Metrics(given().get(settings.managementUrl(service) + "/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    /** Whether the service publishes the metric at all. */
    public boolean has(String name) {
        return samples.stream().anyMatch(line -> named(line, name));
    }

    /** The sum of the metric's samples whose labels include each of {@code labels} ({@code area="heap"}); 0 if none. */
    public double sum(String name, String... labels) {
        return samples.stream().filter(line -> named(line, name))
                .filter(line -> Arrays.stream(labels).allMatch(line.substring(name.length())::contains))
                .mapToDouble(Metrics::value).sum();
    }

    private static boolean named(String line, String name) {
        return line.startsWith(name) && line.length() > name.length()
                && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ');
    }

    private static double value(String line) {
        int labelsEnd = line.indexOf("} ");
        String rest = labelsEnd >= 0 ? line.substring(labelsEnd + 2) : line.substring(line.indexOf(' ') + 1);
        return Double.parseDouble(rest.trim().split("\\s+")[0]);
    }
}
