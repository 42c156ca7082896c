package org.newsgraph.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * {@code kustomize build} for the part of kustomize that deploy/k8s uses, in Java, so that the
 * checks run wherever Maven does (kubectl is not on every machine, and no kustomize release can be
 * downloaded from here). It knows {@code resources} (files and folders), {@code namespace},
 * {@code images}, {@code replicas} and {@code patches} (strategic merge, by kind and name), and
 * refuses any other field of a kustomization, so that a manifest using more fails here instead of
 * being rendered differently from kubectl.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KNOWN = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "replicas", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    /** The keys by which strategic merge patches merge lists of the core kinds (their patchMergeKey). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "batch/v1", "policy/v1",
            "autoscaling/v2", "networking.k8s.io/v1");

    private Kustomize() {
    }

    /** The objects {@code kustomize build folder} would print, in the order their files name them. */
    static List<ObjectNode> build(Path folder) {
        ObjectNode kustomization = (ObjectNode) readAll(folder.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!KNOWN.contains(field)) {
                throw new IllegalArgumentException(folder + "/kustomization.yaml uses '" + field
                        + "', which this renderer does not know (see Kustomize.java)");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = folder.resolve(resource.asText()).normalize();
            objects.addAll(Files.isDirectory(path) ? build(path) : readAll(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (!patch.has("path") || patch.has("target") || patch.has("patch")) {
                throw new IllegalArgumentException(folder + ": only patches given by path, aimed by their own kind and name");
            }
            for (ObjectNode change : readAll(folder.resolve(patch.get("path").asText()))) {
                ObjectNode target = find(objects, change.path("kind").asText(), change.path("metadata").path("name").asText(), folder);
                merge(target, change, BUILT_IN_GROUPS.contains(target.path("apiVersion").asText()));
            }
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            ObjectNode target = find(objects, "Deployment", replicas.get("name").asText(), folder);
            ((ObjectNode) target.get("spec")).put("replicas", replicas.get("count").asInt());
        }
        for (JsonNode image : kustomization.path("images")) {
            objects.forEach(object -> setImage(object, image));
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            for (ObjectNode object : objects) {
                if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                    ((ObjectNode) object.get("metadata")).put("namespace", namespace);
                }
            }
        }
        return objects;
    }

    static List<ObjectNode> readAll(Path file) {
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<ObjectNode> objects = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.isObject() && !document.isEmpty()) {
                    objects.add((ObjectNode) document);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name, Path folder) {
        return objects.stream()
                .filter(object -> object.path("kind").asText().equals(kind)
                        && object.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(folder + ": no " + kind + " named " + name + " to change"));
    }

    /**
     * A strategic merge patch on the built-in kinds (lists with a merge key are merged item by
     * item), a JSON merge patch on custom resources (lists are replaced): as kustomize does.
     */
    private static void merge(ObjectNode target, ObjectNode patch, boolean strategic) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("$")) {
                throw new IllegalArgumentException("patch directive " + name + " is not supported");
            }
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, strategic);
            } else if (strategic && value.isArray() && current != null && current.isArray() && MERGE_KEYS.containsKey(name)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(name));
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key) {
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : current) {
                if (existing.path(key).equals(item.path(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                current.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item, true);
            }
        }
    }

    /** kustomize's images transformer: every container image of that name, in any pod template. */
    private static void setImage(JsonNode node, JsonNode image) {
        if (node.isObject()) {
            for (String list : List.of("containers", "initContainers")) {
                for (JsonNode container : node.path(list)) {
                    String reference = container.path("image").asText();
                    String name = reference.replaceFirst("@.*$", "").replaceFirst(":[^:/]*$", "");
                    if (name.equals(image.get("name").asText())) {
                        String tag = image.has("digest") ? "@" + image.get("digest").asText()
                                : image.has("newTag") ? ":" + image.get("newTag").asText()
                                : reference.substring(name.length());
                        ((ObjectNode) container).put("image", image.path("newName").asText(name) + tag);
                    }
                }
            }
            node.elements().forEachRemaining(child -> setImage(child, image));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> setImage(child, image));
        }
    }
}
