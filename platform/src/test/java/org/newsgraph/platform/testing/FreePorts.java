package org.newsgraph.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports on 127.0.0.1 free now, for processes a test starts later (a stack's services, an image's
 * gateway), taken below the range the system gives outgoing connections (Linux's
 * {@code ip_local_port_range}, 32768–60999 by default). A port the system handed out as free
 * ({@code new ServerSocket(0)}) lies in that range, so while the stack started, a connection of its
 * own (a service's to PostgreSQL or Keycloak) could take it first: a full run lost every suite test
 * to quote-service's "Unable to start the management interface on 127.0.0.1:39177 … Address already
 * in use", a port picked 90 s before it was bound.
 */
public final class FreePorts {

    /** The lowest port picked from: above the usual fixed ports of local tools. */
    private static final int LOWEST = 15_000;

    private FreePorts() {
    }

    public static List<Integer> take(int count) {
        int below = outgoingRangeStart();
        if (below - LOWEST < 1_000) {
            return systemPorts(count); // outgoing connections start low here: no range to keep out of
        }
        Set<Integer> ports = new LinkedHashSet<>();
        for (int tries = 0; ports.size() < count; tries++) {
            if (tries > 10_000) {
                throw new IllegalStateException("no " + count + " free ports between " + LOWEST + " and " + below
                        + " (below the ports the system gives outgoing connections, ip_local_port_range)");
            }
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!ports.contains(port) && free(port)) {
                ports.add(port);
            }
        }
        return List.copyOf(ports);
    }

    public static int take() {
        return take(1).get(0);
    }

    private static List<Integer> systemPorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only a probe
                }
            }
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the ports the system gives outgoing connections start (32768 where it does not say). */
    private static int outgoingRangeStart() {
        // read as a stream: a /proc file says it is empty, and Files.readString read one character of it
        try (InputStream in = Files.newInputStream(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
            String range = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            return Integer.parseInt(range.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
