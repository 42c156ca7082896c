package org.newsgraph.platform.config;

import java.util.Map;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The secrets a packaged service must be given (database credentials, client secrets). None has
 * a default outside dev and test, so that no service ever runs with the local stack's well-known
 * values. Quarkus reads its own credentials as optional settings, on which an expression like
 * {@code ${QUARKUS_DATASOURCE_PASSWORD}} that cannot be resolved passes silently; every entry
 * here is required, so a service that misses one stops at start-up with "Could not expand value
 * QUARKUS_DATASOURCE_PASSWORD", naming the variable. A module lists its secrets as
 * {@code newsgraph.secrets.<what>=${<the Quarkus setting>}}.
 */
@Unremovable // nothing injects it: it is there to be checked at start-up
@ConfigMapping(prefix = "newsgraph.secrets")
public interface Secrets {

    /** Each secret by what it is for. */
    @WithParentName
    Map<String, String> byPurpose();
}
