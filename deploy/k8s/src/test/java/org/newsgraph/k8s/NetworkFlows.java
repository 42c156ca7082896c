package org.newsgraph.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The connections the rendered NetworkPolicies let through, as {@code "from -> to:port/protocol"}:
 * a connection between two pods of the namespace needs an egress rule at its source and an ingress
 * rule at its destination (the default-deny policy isolates every pod both ways), and goes only to
 * a port the destination listens on.
 */
final class NetworkFlows {

    /** A pod, of the namespace or outside it, by its namespace, labels and the ports it listens on. */
    record Pod(String name, String namespace, Map<String, String> labels, Set<String> ports) {
    }

    /** What runs outside the namespace and talks to it (see README, "Network policies"). */
    static final List<Pod> OUTSIDE = List.of(
            new Pod("ingress-nginx", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), Set.of()),
            new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Set.of()),
            new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), Set.of()),
            new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Set.of("53/UDP", "53/TCP")),
            new Pod("otel-collector", "observability", Map.of("app.kubernetes.io/name", "otel-collector"), Set.of("4317/TCP")));
    /** An ipBlock peer: addresses outside the cluster's pods (the Kubernetes API server). */
    static final String ANYWHERE = "anywhere";

    private NetworkFlows() {
    }

    /**
     * The namespace's pods: ours from their Deployments, and those the operators make, with the
     * labels the operators give them.
     */
    static List<Pod> podsOf(Manifests manifests, String namespace) {
        List<Pod> pods = new ArrayList<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            Set<String> ports = new TreeSet<>();
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (ContainerPort port : container.getPorts()) {
                    ports.add(port.getContainerPort() + "/" + (port.getProtocol() == null ? "TCP" : port.getProtocol()));
                }
            }
            pods.add(new Pod(deployment.getMetadata().getName(), namespace,
                    deployment.getSpec().getTemplate().getMetadata().getLabels(), ports));
        }
        for (var keycloak : manifests.custom("Keycloak")) {
            String name = keycloak.getMetadata().getName();
            pods.add(new Pod(name, namespace, Map.of("app", "keycloak", "app.kubernetes.io/instance", name,
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"),
                    Set.of("8080/TCP", "8443/TCP", "9000/TCP", "7800/TCP", "57800/TCP")));
            pods.add(new Pod(name + "-realm-import", namespace, Map.of("app", "keycloak-realm-import",
                    "app.kubernetes.io/instance", name, "app.kubernetes.io/managed-by", "keycloak-operator"), Set.of()));
        }
        for (var cluster : manifests.custom("Cluster")) {
            String name = cluster.getMetadata().getName();
            pods.add(new Pod(name, namespace, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"),
                    Set.of("5432/TCP", "8000/TCP", "9187/TCP")));
        }
        return pods;
    }

    static Set<String> allowed(Manifests manifests) {
        List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
        String namespace = policies.get(0).getMetadata().getNamespace();
        List<Pod> inside = podsOf(manifests, namespace);
        Map<String, Set<String>> ingress = new LinkedHashMap<>();
        Map<String, Set<String>> egress = new LinkedHashMap<>();
        for (NetworkPolicy policy : policies) {
            var spec = policy.getSpec();
            List<Pod> selected = inside.stream().filter(pod -> matches(spec.getPodSelector(), pod.labels())).toList();
            for (var rule : spec.getIngress()) {
                List<String> sources = peers(rule.getFrom(), inside, namespace);
                for (Pod destination : selected) {
                    for (String port : ports(rule.getPorts(), policy)) {
                        sources.forEach(source -> ingress.computeIfAbsent(source + " -> " + destination.name(),
                                key -> new TreeSet<>()).add(port));
                    }
                }
            }
            for (var rule : spec.getEgress()) {
                List<String> destinations = peers(rule.getTo(), inside, namespace);
                for (Pod source : selected) {
                    for (String port : ports(rule.getPorts(), policy)) {
                        destinations.forEach(destination -> egress.computeIfAbsent(source.name() + " -> " + destination,
                                key -> new TreeSet<>()).add(port));
                    }
                }
            }
        }
        Set<String> flows = new TreeSet<>();
        List<Pod> everyone = new ArrayList<>(inside);
        everyone.addAll(OUTSIDE);
        for (Pod source : everyone) {
            for (Pod destination : everyone) {
                boolean fromInside = inside.contains(source);
                boolean toInside = inside.contains(destination);
                if (!fromInside && !toInside) {
                    continue;
                }
                String pair = source.name() + " -> " + destination.name();
                for (String port : destination.ports()) {
                    boolean out = !fromInside || egress.getOrDefault(pair, Set.of()).contains(port);
                    boolean in = !toInside || ingress.getOrDefault(pair, Set.of()).contains(port);
                    if (out && in) {
                        flows.add(source.name() + " -> " + destination.name() + ":" + port);
                    }
                }
            }
            if (inside.contains(source)) {
                egress.getOrDefault(source.name() + " -> " + ANYWHERE, Set.of())
                        .forEach(port -> flows.add(source.name() + " -> " + ANYWHERE + ":" + port));
            }
        }
        return flows;
    }

    private static List<String> ports(List<NetworkPolicyPort> ports, NetworkPolicy policy) {
        if (ports == null || ports.isEmpty()) {
            throw new AssertionError("NetworkPolicy " + policy.getMetadata().getName() + " has a rule for every port");
        }
        return ports.stream().map(port -> port.getPort().getIntVal() + "/"
                + (port.getProtocol() == null ? "TCP" : port.getProtocol())).toList();
    }

    private static List<String> peers(List<NetworkPolicyPeer> peers, List<Pod> inside, String namespace) {
        List<String> names = new ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (!"0.0.0.0/0".equals(peer.getIpBlock().getCidr())) {
                    throw new AssertionError("an ipBlock other than the API server's 0.0.0.0/0: " + peer.getIpBlock());
                }
                names.add(ANYWHERE);
            } else if (peer.getNamespaceSelector() == null) {
                inside.stream().filter(pod -> matches(peer.getPodSelector(), pod.labels())).map(Pod::name).forEach(names::add);
            } else {
                OUTSIDE.stream()
                        .filter(pod -> matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace())))
                        .filter(pod -> peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels()))
                        .map(Pod::name).forEach(names::add);
                if (matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", namespace))) {
                    throw new AssertionError("a namespaceSelector that takes in the suite's own namespace: " + peer);
                }
            }
        }
        return names;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (Map.Entry<String, String> label : selector.getMatchLabels().entrySet()) {
                if (!label.getValue().equals(labels.get(label.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("unknown selector operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
