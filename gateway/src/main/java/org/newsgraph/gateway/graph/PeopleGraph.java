package org.newsgraph.gateway.graph;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.graphql.api.Nullable;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.newsgraph.gateway.error.GraphError;
import org.newsgraph.gateway.model.Me;
import org.newsgraph.gateway.model.User;
import org.newsgraph.platform.security.Roles;

/** Who is asking, and (for admins) the newsroom's users and their roles in Keycloak. */
@GraphQLApi
public class PeopleGraph {

    @Inject
    Caller caller;

    @Inject
    Keycloak keycloak;

    /** Keycloak's longest username. */
    private static final int MAX_USERNAME = 255;

    @ConfigProperty(name = "newsgraph.realm", defaultValue = "newsroom")
    String realm;

    @Query
    @Description("The caller and their roles")
    public Me me() {
        return new Me(caller.require(Roles.VIEWER).getPrincipal().getName(), caller.roles());
    }

    @Query
    @Description("The newsroom's users and their roles (admin)")
    @Nullable
    public List<@NonNull User> users() {
        caller.require(Roles.ADMIN);
        return admin(() -> realm().users().list(0, 500).stream().map(u -> user(u)).toList());
    }

    @Mutation
    @Description("Give a user a newsroom role (admin)")
    public User grantRole(@NonNull String username, @NonNull String role) {
        caller.require(Roles.ADMIN);
        newsroomRole(role);
        return admin(() -> {
            UserResource user = userResource(username);
            named(user.roles().realmLevel().listAvailable(), role)
                    .ifPresent(wanted -> user.roles().realmLevel().add(List.of(wanted)));
            return user(user.toRepresentation());
        });
    }

    @Mutation
    @Description("Take a newsroom role from a user (admin)")
    public User revokeRole(@NonNull String username, @NonNull String role) {
        String admin = caller.require(Roles.ADMIN).getPrincipal().getName();
        newsroomRole(role);
        if (role.equals(Roles.ADMIN) && username.strip().equalsIgnoreCase(admin)) {
            // so the newsroom always keeps an admin: the last one could otherwise leave none
            throw new GraphError.Forbidden("an admin cannot take the admin role from themselves; ask another admin");
        }
        return admin(() -> {
            UserResource user = userResource(username);
            named(user.roles().realmLevel().listAll(), role)
                    .ifPresent(unwanted -> user.roles().realmLevel().remove(List.of(unwanted)));
            return user(user.toRepresentation());
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static void newsroomRole(String role) {
        if (!Roles.ORDER.contains(role)) {
            throw new GraphError.BadUserInput("role must be one of " + Roles.ORDER, "role");
        }
    }

    /**
     * The role of that name among a user's role mappings. The roles come from the user's own
     * mappings (held, or available to grant) because reading the realm's roles needs view-realm,
     * which the gateway's service account does not have (view-users and manage-users only).
     * Empty when there is nothing to do: the role is held already, or not held.
     */
    private static Optional<RoleRepresentation> named(List<RoleRepresentation> roles, String role) {
        return roles.stream().filter(r -> r.getName().equals(role)).findFirst();
    }

    /**
     * The user of exactly that username (Keycloak keeps usernames in lower case). A blank one is
     * refused: Keycloak's search reads it as no filter at all and answers every user. So is one
     * that no Keycloak username can be (over 255 characters, or with a control character such as
     * NUL): Keycloak refused the search, and the admin was told it could not be reached.
     */
    private UserResource userResource(String username) {
        if (username.isBlank()) {
            throw new GraphError.BadUserInput("username must not be blank", "username");
        }
        if (username.length() > MAX_USERNAME || username.chars().anyMatch(Character::isISOControl)) {
            throw new GraphError.BadUserInput("username is not a username: at most " + MAX_USERNAME
                    + " characters, without control characters", "username");
        }
        return realm().users().search(username.strip(), true).stream()
                .filter(found -> found.getUsername().equalsIgnoreCase(username.strip())).findFirst()
                .map(found -> realm().users().get(found.getId()))
                .orElseThrow(() -> new GraphError.NotFound("no user " + username));
    }

    /** A user with the newsroom roles they hold directly (each includes the ones before it). */
    private User user(UserRepresentation u) {
        Set<String> direct = realm().users().get(u.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(java.util.stream.Collectors.toSet());
        return new User(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(),
                Roles.ORDER.stream().filter(direct::contains).toList());
    }

    private static <T> T admin(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (GraphError e) {
            throw e;
        } catch (NotFoundException e) {
            throw new GraphError.NotFound("Keycloak has no such user or role");
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            throw new GraphError.Unavailable("Keycloak's admin API cannot be reached", e);
        }
    }
}
