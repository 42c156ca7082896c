package org.newsgraph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The rules every overlay of deploy/k8s keeps (issue 11, deploy/k8s/README.md), checked on the
 * rendered objects as the cluster would receive them.
 */
class ManifestTests {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    private static final String PUBLIC_HOST = "newsgraph.example.org";
    private static final String SSO_HOST = "sso.newsgraph.example.org";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyObjectParsesAndNamesAreUnique(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        assertFalse(manifests.objects().isEmpty());
        Set<String> seen = new HashSet<>();
        for (HasMetadata object : manifests.objects()) {
            assertNotNull(object.getApiVersion(), object.toString());
            String key = object.getKind() + "/" + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
            assertTrue(seen.add(key), "twice: " + key);
            if (!(object instanceof Namespace)) {
                assertEquals("newsgraph", object.getMetadata().getNamespace(), key);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theNamespaceEnforcesPodSecurityRestricted(String overlay) {
        Map<String, String> labels = Manifests.render(overlay).named(Namespace.class, "newsgraph").getMetadata().getLabels();
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/enforce"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceRunsLockedDownWithResourcesAndProbesOnItsManagementPort(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        assertEquals(new TreeSet<>(Manifests.SERVICES),
                manifests.all(Deployment.class).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toCollection(TreeSet::new)));
        for (String name : Manifests.SERVICES) {
            Properties application = Manifests.applicationProperties(name);
            PodSpec pod = manifests.deployment(name).getSpec().getTemplate().getSpec();
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + " needs no Kubernetes API token");
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name);
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name);
            assertEquals(1, pod.getContainers().size(), name);
            Container container = pod.getContainers().get(0);
            var security = container.getSecurityContext();
            assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), name);
            assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), name);
            assertNull(security.getPrivileged(), name);
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name);
            assertTrue(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty(), name);
            assertTrue(container.getVolumeMounts().stream().anyMatch(mount -> mount.getMountPath().equals("/tmp")),
                    name + " has a writable /tmp");

            for (String resource : List.of("cpu", "memory")) {
                Quantity request = container.getResources().getRequests().get(resource);
                Quantity limit = container.getResources().getLimits().get(resource);
                assertNotNull(request, name + " requests " + resource);
                assertNotNull(limit, name + " limits " + resource);
                assertTrue(Quantity.getAmountInBytes(request).compareTo(Quantity.getAmountInBytes(limit)) <= 0,
                        name + ": the " + resource + " request is within the limit");
            }

            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(port -> port.getName(), port -> port.getContainerPort()));
            assertEquals(Map.of("http", Integer.parseInt(application.getProperty("quarkus.http.port")),
                    "management", Integer.parseInt(application.getProperty("quarkus.management.port"))), ports,
                    name + ": the ports of its application.properties");
            assertProbe(container.getStartupProbe(), "/q/health/started", name);
            assertProbe(container.getReadinessProbe(), "/q/health/ready", name);
            assertProbe(container.getLivenessProbe(), "/q/health/live", name);
            assertEquals(String.valueOf(ports.get("management")),
                    manifests.deployment(name).getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"),
                    name + " is scraped on its management port");

            Service service = manifests.named(Service.class, name);
            assertEquals(List.of("http"), service.getSpec().getPorts().stream().map(port -> port.getTargetPort().getStrVal()).toList(),
                    name + ": health and metrics are not published on its Service");
        }
    }

    private static void assertProbe(Probe probe, String path, String service) {
        assertNotNull(probe, service + " probes " + path);
        assertEquals(path, probe.getHttpGet().getPath(), service);
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), service + " is probed on its management port");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyImageIsPinned(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        List<String> images = new ArrayList<>();
        manifests.all(Deployment.class).forEach(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers()
                .forEach(container -> images.add(container.getImage())));
        manifests.custom("Cluster").forEach(cluster -> images.add((String) spec(cluster).get("imageName")));
        manifests.custom("Keycloak").forEach(keycloak -> images.add((String) spec(keycloak).get("image")));
        assertEquals(Manifests.SERVICES.size() + 4 + 1, images.size(), images.toString());
        for (String image : images) {
            assertNotNull(image);
            Matcher tag = Pattern.compile(".+/[^/:@]+(:([^:/@]+)|@sha256:[0-9a-f]{64})$").matcher(image);
            assertTrue(tag.matches(), "a registry, and a tag or digest: " + image);
            assertFalse("latest".equals(tag.group(2)), "not latest: " + image);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretIsReferencedNeverWrittenAndDocumented(String overlay) throws IOException {
        Manifests manifests = Manifests.render(overlay);
        assertEquals(List.of(), manifests.all(Secret.class), "no Secret in git (README says how to create them)");
        Set<String> generated = manifests.custom("Cluster").stream().map(cluster -> cluster.getMetadata().getName() + "-app")
                .collect(Collectors.toSet());
        String readme = Files.readString(Manifests.k8s().resolve("README.md"));
        String secretsSection = readme.substring(readme.indexOf("## Secrets"), readme.indexOf("\n## ", readme.indexOf("## Secrets") + 1));
        Set<String> referenced = secretNames(manifests);
        assertTrue(referenced.containsAll(Set.of("entities-db-app", "newsgraph-gateway-client", "keycloak-tls", "newsgraph-tls")),
                referenced.toString());
        for (String secret : referenced) {
            assertTrue(generated.contains(secret) || secretsSection.contains("`" + secret + "`"),
                    "secret " + secret + " is made by CloudNativePG or README's Secrets section says how to create it");
        }
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            configMap.getData().forEach((key, value) -> assertFalse(key.contains("PASSWORD") || key.contains("SECRET"),
                    "no secret value in a ConfigMap: " + key));
        }
    }

    /** Every Secret the objects name: environment variables, the operators' references, TLS. */
    static Set<String> secretNames(Manifests manifests) {
        Set<String> names = new TreeSet<>();
        for (Deployment deployment : manifests.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        names.add(variable.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
        }
        manifests.all(Ingress.class).forEach(ingress -> ingress.getSpec().getTls().forEach(tls -> names.add(tls.getSecretName())));
        JsonNode keycloaks = new ObjectMapper().valueToTree(manifests.custom("Keycloak"));
        JsonNode imports = new ObjectMapper().valueToTree(manifests.custom("KeycloakRealmImport"));
        Stream.of(keycloaks, imports).forEach(tree -> tree.findValues("secret").forEach(secret -> names.add(secret.path("name").asText())));
        keycloaks.findValues("usernameSecret").forEach(secret -> names.add(secret.path("name").asText()));
        keycloaks.findValues("passwordSecret").forEach(secret -> names.add(secret.path("name").asText()));
        keycloaks.findValues("tlsSecret").forEach(secret -> names.add(secret.asText()));
        names.remove("");
        return names;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theDatabasesAreCloudNativePgClustersReachedThroughTheirPrimary(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, String> databases = Map.of("entity-service", "entities", "event-service", "events", "quote-service", "quotes");
        databases.forEach((service, database) -> {
            GenericKubernetesResource cluster = manifests.custom("Cluster", database + "-db");
            Map<?, ?> initdb = (Map<?, ?>) ((Map<?, ?>) spec(cluster).get("bootstrap")).get("initdb");
            assertEquals(database, initdb.get("database"));
            assertEquals("C.UTF-8", initdb.get("localeCType"), "name search needs a UTF-8 character type");
            Map<String, EnvVar> env = manifests.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getEnv().stream().collect(Collectors.toMap(EnvVar::getName, variable -> variable));
            assertEquals("jdbc:postgresql://" + database + "-db-rw:5432/" + database, env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue());
            for (String[] credential : new String[][] {{"QUARKUS_DATASOURCE_USERNAME", "username"}, {"QUARKUS_DATASOURCE_PASSWORD", "password"}}) {
                var reference = env.get(credential[0]).getValueFrom().getSecretKeyRef();
                assertEquals(database + "-db-app", reference.getName(), service + " uses the operator's generated secret");
                assertEquals(credential[1], reference.getKey());
            }
        });
        Map<?, ?> db = (Map<?, ?>) spec(manifests.custom("Keycloak", "keycloak")).get("db");
        assertEquals("keycloak-db-rw", db.get("host"), "Keycloak has its own database");
        manifests.custom("Cluster").forEach(cluster -> assertNotNull(((Map<?, ?>) spec(cluster).get("resources")).get("limits"),
                cluster.getMetadata().getName() + " has limits"));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakServesTheRealHostBehindTheIngressWithTlsAndRestrictedPods(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> spec = spec(manifests.custom("Keycloak", "keycloak"));
        assertEquals("https://" + SSO_HOST, ((Map<?, ?>) spec.get("hostname")).get("hostname"));
        assertEquals("xforwarded", ((Map<?, ?>) spec.get("proxy")).get("headers"));
        assertEquals("keycloak-tls", ((Map<?, ?>) spec.get("http")).get("tlsSecret"));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) spec.get("networkPolicy")).get("enabled"), "our policies are the only ones");
        assertNotNull(((Map<?, ?>) spec.get("resources")).get("limits"));
        JsonNode pod = new ObjectMapper().valueToTree(spec.get("unsupported")).path("podTemplate").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText());
        JsonNode container = pod.path("containers").path(0).path("securityContext");
        assertFalse(container.path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", container.path("capabilities").path("drop").path(0).asText());
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theIngressServesTheGatewayAndKeycloakOverTlsWithWebSocketsKeptOpen(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Ingress gateway = manifests.named(Ingress.class, "gateway");
        assertEquals(List.of(PUBLIC_HOST), gateway.getSpec().getTls().get(0).getHosts());
        var rule = gateway.getSpec().getRules().get(0);
        assertEquals(PUBLIC_HOST, rule.getHost());
        assertEquals("/", rule.getHttp().getPaths().get(0).getPath(), "GraphQL, its WebSocket subscriptions and the UI");
        assertEquals("gateway", rule.getHttp().getPaths().get(0).getBackend().getService().getName());
        assertTrue(Integer.parseInt(gateway.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/proxy-read-timeout")) >= 3600,
                "an idle subscription stays open");

        Ingress keycloak = manifests.named(Ingress.class, "keycloak");
        assertEquals(List.of(SSO_HOST), keycloak.getSpec().getTls().get(0).getHosts());
        assertEquals("HTTPS", keycloak.getMetadata().getAnnotations().get("nginx.ingress.kubernetes.io/backend-protocol"));
        assertEquals(List.of("/realms/", "/resources/"), keycloak.getSpec().getRules().get(0).getHttp().getPaths().stream()
                .map(path -> path.getPath()).toList(), "the admin console is not published");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void networkPoliciesDenyByDefaultAndAllowExactlyTheSuitesFlows(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        NetworkPolicy deny = manifests.named(NetworkPolicy.class, "default-deny");
        assertEquals(Map.of(), deny.getSpec().getPodSelector().getMatchLabels() == null ? Map.of()
                : deny.getSpec().getPodSelector().getMatchLabels());
        assertEquals(List.of("Ingress", "Egress"), deny.getSpec().getPolicyTypes());
        assertTrue(deny.getSpec().getIngress().isEmpty() && deny.getSpec().getEgress().isEmpty());

        assertEquals(expectedFlows(overlay), NetworkFlows.allowed(manifests));
    }

    /** The flows of README's "Network policies" table. */
    static Set<String> expectedFlows(String overlay) {
        Set<String> flows = new TreeSet<>();
        List<String> services = Manifests.SERVICES;
        List<String> databases = List.of("entities-db", "events-db", "quotes-db", "keycloak-db");
        flows.add("ingress-nginx -> gateway:8080/TCP");
        flows.add("ingress-nginx -> keycloak:8443/TCP");
        flows.add("gateway -> entity-service:8081/TCP");
        flows.add("gateway -> event-service:8082/TCP");
        flows.add("gateway -> quote-service:8083/TCP");
        flows.add("event-service -> entity-service:8081/TCP");
        flows.add("quote-service -> entity-service:8081/TCP");
        flows.add("quote-service -> event-service:8082/TCP");
        flows.add("entity-service -> event-service:8082/TCP");
        flows.add("entity-service -> quote-service:8083/TCP");
        flows.add("entity-service -> entities-db:5432/TCP");
        flows.add("event-service -> events-db:5432/TCP");
        flows.add("quote-service -> quotes-db:5432/TCP");
        services.forEach(service -> flows.add(service + " -> keycloak:8080/TCP"));
        flows.add("keycloak -> keycloak-db:5432/TCP");
        flows.add("keycloak-realm-import -> keycloak-db:5432/TCP");
        flows.add("keycloak -> keycloak:7800/TCP");
        flows.add("keycloak -> keycloak:57800/TCP");
        for (String database : databases) {
            flows.add(database + " -> " + database + ":5432/TCP");
            flows.add("cnpg-operator -> " + database + ":8000/TCP");
            flows.add(database + " -> anywhere:443/TCP");
            flows.add(database + " -> anywhere:6443/TCP");
            flows.add("prometheus -> " + database + ":9187/TCP");
        }
        flows.add("prometheus -> gateway:9080/TCP");
        flows.add("prometheus -> entity-service:9081/TCP");
        flows.add("prometheus -> event-service:9082/TCP");
        flows.add("prometheus -> quote-service:9083/TCP");
        flows.add("prometheus -> keycloak:9000/TCP");
        List<String> everyPod = new ArrayList<>(services);
        everyPod.addAll(databases);
        everyPod.add("keycloak");
        everyPod.add("keycloak-realm-import");
        everyPod.forEach(pod -> {
            flows.add(pod + " -> kube-dns:53/UDP");
            flows.add(pod + " -> kube-dns:53/TCP");
        });
        if (overlay.equals("prod")) {
            services.forEach(service -> flows.add(service + " -> otel-collector:4317/TCP"));
        }
        return flows;
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void logsAreJsonAndTracesGoOnlyWhereACollectorIsNamed(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, String> config = manifests.named(ConfigMap.class, "newsgraph").getData();
        assertEquals("true", config.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
        boolean collector = config.containsKey("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
        assertEquals(String.valueOf(!collector), config.get("QUARKUS_OTEL_SDK_DISABLED"));
        assertEquals(overlay.equals("prod"), collector, "prod names a collector, dev none");
        for (String service : Manifests.SERVICES) {
            assertTrue(manifests.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0).getEnvFrom()
                    .stream().anyMatch(from -> from.getConfigMapRef().getName().equals("newsgraph")), service);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void prodRunsTwoOrMoreOfEachServiceAcrossNodesAutoscaledAndBudgetedDevOne(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        boolean prod = overlay.equals("prod");
        for (String service : Manifests.SERVICES) {
            Deployment deployment = manifests.deployment(service);
            List<HorizontalPodAutoscaler> autoscalers = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .filter(hpa -> hpa.getSpec().getScaleTargetRef().getName().equals(service)
                            && hpa.getSpec().getScaleTargetRef().getKind().equals("Deployment"))
                    .toList();
            List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(pdb -> NetworkFlows.matches(pdb.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            if (prod) {
                assertTrue(deployment.getSpec().getReplicas() >= 2, service);
                assertEquals(1, autoscalers.size(), service + " has an autoscaler");
                assertTrue(autoscalers.get(0).getSpec().getMinReplicas() >= 2, service);
                assertEquals(1, budgets.size(), service + " has a disruption budget");
                assertTrue(deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                        .anyMatch(spread -> spread.getTopologyKey().equals("kubernetes.io/hostname")
                                && spread.getWhenUnsatisfiable().equals("DoNotSchedule")),
                        service + "'s replicas run on different nodes");
            } else {
                assertEquals(1, deployment.getSpec().getReplicas(), service);
                assertEquals(List.of(), autoscalers, service);
            }
        }
        manifests.custom("Cluster").forEach(cluster -> assertEquals(prod ? 3 : 1, spec(cluster).get("instances"),
                cluster.getMetadata().getName()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
