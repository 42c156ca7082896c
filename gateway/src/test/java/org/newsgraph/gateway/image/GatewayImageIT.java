package org.newsgraph.gateway.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.FreePorts;

/**
 * The gateway's container image, as the build pushed it (Jib, to the registry on 127.0.0.1 that
 * the image-check profile of the pom starts): pulled back through the registry API, unpacked, and
 * its entrypoint run the way a cluster runs it under deploy/k8s — as the image's user, on a
 * read-only root file system with a writable /tmp — until its health answers on the management
 * port. Runs as root (apt, mount namespace), as CI does.
 */
class GatewayImageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @Test
    void theImageRunsItsEntrypointAsANonRootUserOnAReadOnlyRootFileSystem() throws Exception {
        String image = System.getProperty("newsgraph.image");
        Path work = Path.of(System.getProperty("newsgraph.image-check.dir")).resolve("run");
        String registry = image.substring(0, image.indexOf('/'));
        String repository = image.substring(image.indexOf('/') + 1, image.lastIndexOf(':'));
        String tag = image.substring(image.lastIndexOf(':') + 1);

        JsonNode manifest = JSON.readTree(get("http://" + registry + "/v2/" + repository + "/manifests/" + tag,
                "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json"));
        JsonNode config = JSON.readTree(get("http://" + registry + "/v2/" + repository + "/blobs/"
                + manifest.path("config").path("digest").asText(), "*/*")).path("config");

        String user = config.path("User").asText();
        assertTrue(user.matches("\\d+"), "a numeric user, so that runAsNonRoot can verify it: " + user);
        assertNotEquals("0", user, "the image does not run as root");
        assertEquals("185", user);
        assertEquals("/deployments", config.path("WorkingDir").asText());
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(part -> entrypoint.add(part.asText()));
        assertEquals("java", entrypoint.get(0));
        assertEquals(List.of("-jar", "quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));

        Path rootfs = unpack(registry, repository, manifest, work);
        int httpPort = FreePorts.take();
        int managementPort = FreePorts.take();
        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--kill-child", "/usr/bin/bash", "-c",
                // the root file system read-only, a tmpfs on /tmp, the kernel's /proc and /dev: what the
                // container runtime gives a pod with readOnlyRootFilesystem and an emptyDir on /tmp
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && mount -t tmpfs tmpfs \"$0/tmp\""
                        + " && mount --rbind /proc \"$0/proc\" && mount --rbind /dev \"$0/dev\""
                        + " && exec unshare --root=\"$0\" --wd=\"$1\" --setuid=\"$2\" --setgid=\"$2\" -- \"${@:3}\"",
                rootfs.toString(), config.path("WorkingDir").asText(), user));
        command.addAll(entrypoint);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("gateway.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        config.path("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            environment.put(pair[0], pair[1]);
        });
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(httpPort));
        environment.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPort));
        // no Keycloak here: the gateway starts and connects to it on the first request
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/realms/newsroom");
        // a production start needs its secrets (no defaults outside the local profile); on Kubernetes
        // this one comes from the newsgraph-gateway-client secret
        environment.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", "image-check-secret");
        Process process = builder.start();
        try {
            awaitLive(process, "http://127.0.0.1:" + managementPort + "/q/health/live", work.resolve("gateway.log"));
            ProcessHandle java = process.descendants().filter(child -> child.info().command().orElse("").endsWith("/java"))
                    .findFirst().orElseThrow(() -> new AssertionError("no java process under " + process.info()));
            String status = Files.readString(Path.of("/proc", String.valueOf(java.pid()), "status"));
            assertTrue(status.lines().anyMatch(line -> line.matches("Uid:\\s+185\\s+185\\s+185\\s+185")),
                    "the entrypoint runs as user 185:\n" + status);
            assertEquals(404, status(URI.create("http://127.0.0.1:" + httpPort + "/q/health")),
                    "health is on the management port only");
        } finally {
            // the entrypoint runs as user 185, and a change of user clears the parent-death signal
            // behind unshare's --kill-child: the gateway's JVM would outlive the test, so it is
            // stopped by its own pid first
            List<ProcessHandle> started = process.descendants().toList();
            started.forEach(ProcessHandle::destroy);
            for (ProcessHandle child : started) {
                try {
                    child.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    child.destroyForcibly();
                }
            }
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Path unpack(String registry, String repository, JsonNode manifest, Path work) throws Exception {
        Path rootfs = work.resolve("rootfs");
        run(List.of("rm", "-rf", work.toString()));
        Files.createDirectories(rootfs);
        for (JsonNode layer : manifest.path("layers")) {
            Path blob = work.resolve("layer.tar.gz");
            HttpResponse<Path> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://" + registry + "/v2/" + repository
                    + "/blobs/" + layer.path("digest").asText())).build(), HttpResponse.BodyHandlers.ofFile(blob));
            assertEquals(200, response.statusCode());
            run(List.of("tar", "-xzf", blob.toString(), "-C", rootfs.toString()));
            Files.delete(blob);
        }
        return rootfs;
    }

    private static void awaitLive(Process process, String url, Path log) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the entrypoint ended (" + process.exitValue() + "):\n" + Files.readString(log));
            }
            if (status(URI.create(url)) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the gateway from the image did not answer " + url + " within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static byte[] get(String url, String accept) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url + ": " + new String(response.body()));
        return response.body();
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), command + ": " + output);
    }
}
