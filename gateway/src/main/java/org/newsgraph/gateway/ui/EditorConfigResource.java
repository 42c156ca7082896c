package org.newsgraph.gateway.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the editor UI signs its users in, in keycloak-js's own format: the Keycloak the gateway
 * trusts ({@code quarkus.oidc.auth-server-url}) and the UI's public client. The UI reads it at
 * start, so one build of the UI works on every stack (local ports, tests' free ports, Kubernetes).
 */
@Path("/keycloak.json")
public class EditorConfigResource {

    private static final String REALMS = "/realms/";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> issuer;

    @ConfigProperty(name = "newsgraph.ui.client-id", defaultValue = "newsgraph-ui")
    String clientId;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> keycloak() {
        String url = issuer.filter(value -> value.contains(REALMS))
                .orElseThrow(() -> new NotFoundException("no Keycloak realm is configured (quarkus.oidc.auth-server-url)"));
        int realms = url.lastIndexOf(REALMS);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("auth-server-url", url.substring(0, realms));
        config.put("realm", url.substring(realms + REALMS.length()).replaceAll("/+$", ""));
        config.put("resource", clientId);
        config.put("public-client", true);
        return config;
    }
}
