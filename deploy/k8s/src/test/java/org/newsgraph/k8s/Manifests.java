package org.newsgraph.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** An overlay of deploy/k8s as a cluster would receive it: rendered, and parsed with the fabric8 model. */
record Manifests(String overlay, List<HasMetadata> objects) {

    /** The services of the suite, each a Deployment and a Service of that name. */
    static final List<String> SERVICES = List.of("entity-service", "event-service", "quote-service", "gateway");
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static Path repository() {
        return Path.of(System.getProperty("newsgraph.repo", "../..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return repository().resolve("deploy/k8s");
    }

    /** Rendered once per overlay for all the checks (the manifests do not change during a run). */
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    static Manifests render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Manifests::renderNow);
    }

    private static Manifests renderNow(String overlay) {
        List<HasMetadata> objects = Kustomize.build(k8s().resolve("overlays").resolve(overlay)).stream()
                .map(node -> {
                    try {
                        return SERIALIZATION.<HasMetadata>unmarshal(Kustomize.YAML.writeValueAsString(node));
                    } catch (JsonProcessingException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
        return new Manifests(overlay, objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources (CloudNativePG, Keycloak Operator) of one kind. */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(object -> object.getKind().equals(kind)).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
    }

    GenericKubernetesResource custom(String kind, String name) {
        return custom(kind).stream().filter(object -> object.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    Deployment deployment(String service) {
        return named(Deployment.class, service);
    }

    /** A service's own configuration: the ports the manifests must agree with. */
    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(repository().resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
