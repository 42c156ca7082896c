package org.newsgraph.gateway.live;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * GraphQL over WebSocket on {@code /graphql} with the token in {@code connection_init}, as
 * {@code {"Authorization": "Bearer …"}}. Quarkus authenticates that payload and closes the socket
 * with 4403 when the token is bad, and with 1008 when it expires; a {@code connection_init}
 * without a token, though, it accepts as anonymous. This route, just before Quarkus's own for
 * the same path, closes such a connection with 4403 too, and hands every other message to
 * Quarkus's protocol handlers (graphql-transport-ws, and the older graphql-ws) unchanged.
 *
 * <p>It also keeps the protocol's two rules that those handlers do not: a message that is not one
 * of the protocol's ({@link Messages}) closes the socket with 4400, and a socket that has not sent
 * {@code connection_init} within {@code newsgraph.live.init-timeout} is closed with 4408. Until
 * then a socket that never said who it was stayed open for good, pinged every 10 s, so that anyone
 * could hold as many connections as the gateway has file descriptors.
 */
@ApplicationScoped
public class TokenRequiredWebSocket {

    private static final Logger LOG = Logger.getLogger(TokenRequiredWebSocket.class);

    /** SmallRye GraphQL's own WebSocket route for the path has order -99. */
    private static final int BEFORE_SMALLRYE = -100;

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    @ConfigProperty(name = "quarkus.smallrye-graphql.authorization-client-init-payload-name")
    String payloadName;

    /** How long a socket may stay open without a connection_init (graphql-ws clients send it at once). */
    @ConfigProperty(name = "newsgraph.live.init-timeout", defaultValue = "10s")
    Duration initTimeout;

    @Inject
    Instance<CurrentIdentityAssociation> identities;

    @Inject
    CurrentVertxRequest currentRequest;

    void route(@Observes Router router) {
        Upgrade upgrade = new Upgrade(identities.get(), currentRequest, payloadName, initTimeout);
        router.route(path).order(BEFORE_SMALLRYE).handler(ctx -> {
            if (ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                    && !ctx.request().isEnded()) {
                upgrade.handle(ctx);
            } else {
                ctx.next();
            }
        });
    }

    /** Whether a message is a {@code connection_init} that carries no token. */
    static boolean initialisesWithoutToken(String text, String payloadName) {
        try {
            JsonObject message = new JsonObject(text);
            if (!"connection_init".equals(message.getValue("type"))) {
                return false;
            }
            return !(message.getValue("payload") instanceof JsonObject payload
                    && payload.getValue(payloadName) instanceof String token && !token.isBlank());
        } catch (DecodeException e) {
            return false; // the protocol handler refuses what it cannot read
        }
    }

    /** Quarkus's WebSocket handler, with the token check in front of its protocol handlers. */
    private static final class Upgrade extends SmallRyeGraphQLOverWebSocketHandler {

        private final Optional<String> payloadName;
        private final Duration initTimeout;

        Upgrade(CurrentIdentityAssociation identities, CurrentVertxRequest currentRequest, String payloadName,
                Duration initTimeout) {
            super(identities, currentRequest, false, Optional.of(payloadName));
            this.payloadName = Optional.of(payloadName);
            this.initTimeout = initTimeout;
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            Map<String, Object> metaData = getMetaData(ctx);
            ctx.request().toWebSocket().onComplete(upgraded -> {
                if (upgraded.failed()) {
                    LOG.debugf("WebSocket upgrade failed: %s", upgraded.cause());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                Session session = new Session(socket);
                GraphQLWebsocketHandler protocol = switch (String.valueOf(socket.subProtocol())) {
                    case "graphql-transport-ws" ->
                        new SmallRyeAuthGraphQLTransportWSSubprotocolHandler(session, metaData, ctx, this, payloadName);
                    case "graphql-ws" ->
                        new SmallRyeAuthGraphQLWSSubprotocolHandler(session, metaData, ctx, this, payloadName);
                    default -> null;
                };
                if (protocol == null) {
                    socket.close((short) 4406, "Subprotocol not acceptable");
                    return;
                }
                AtomicBoolean initialised = new AtomicBoolean();
                long timer = ctx.vertx().setTimer(initTimeout.toMillis(), fired -> {
                    if (!initialised.get() && !socket.isClosed()) {
                        LOG.debugf("closing a WebSocket that sent no connection_init within %s", initTimeout);
                        session.close((short) 4408, "Connection initialisation timeout");
                    }
                });
                socket.closeHandler(closed -> {
                    ctx.vertx().cancelTimer(timer);
                    protocol.onClose();
                });
                socket.endHandler(ended -> protocol.onEnd());
                socket.exceptionHandler(protocol::onThrowable);
                socket.textMessageHandler(text -> {
                    String problem = Messages.problem(socket.subProtocol(), text);
                    String unparsed = problem == null && initialised.get() ? Messages.unparsed(text) : null;
                    if (problem != null) {
                        LOG.debugf("closing a WebSocket that broke the protocol: %s", problem);
                        session.close((short) 4400, problem);
                    } else if (initialisesWithoutToken(text, payloadName.get())) {
                        session.close((short) 4403, "Forbidden");
                    } else if (unparsed != null) {
                        LOG.debugf("refused a WebSocket operation whose document does not parse: %s", unparsed);
                        session.sendMessage(unparsed);
                    } else {
                        if (!initialised.get() && Messages.initialises(socket.subProtocol(), text)) {
                            initialised.set(true);
                        }
                        protocol.onMessage(text);
                    }
                });
            });
        }
    }

    private record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short code, String reason) {
            socket.close(code, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
