package org.newsgraph.local;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsgraph.platform.testing.FreePorts;

/**
 * The real stack (embedded PostgreSQL, Keycloak, every service from its packaged jar), started
 * once for all suite-wide tests with the launcher's own code, from empty, in
 * target/it-work and on free ports (so that a stack a developer runs on the default ports does
 * not get in the way), sending its traces to the tests' own collector. Stopped when the test run
 * ends.
 */
public final class SuiteStack implements BeforeAllCallback {

    private static Stack stack;
    private static TraceCollector traces;
    /** Why the stack did not start: the test classes after the first fail with it, without trying again. */
    private static StartupException failed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SuiteStack.class) {
            if (failed != null) {
                throw failed;
            }
            if (stack == null) {
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(SuiteStack.class.getName(), (AutoCloseable) SuiteStack::stop);
                try {
                    traces = TraceCollector.start();
                    stack = Stack.start(testSettings().tracingTo(traces.endpoint()), SuiteStack::log);
                } catch (StartupException e) {
                    failed = e;
                    throw e;
                }
            }
        }
    }

    public static synchronized Stack stack() {
        if (stack == null) {
            throw new IllegalStateException("the stack is not running: is the test annotated with @ExtendWith(SuiteStack.class)?");
        }
        return stack;
    }

    public static Settings settings() {
        return stack().settings();
    }

    /** Every span the stack's services exported since the last {@link TraceCollector#clear}. */
    public static synchronized TraceCollector traces() {
        stack();
        return traces;
    }

    /** Stops the whole stack; {@link #startAgain} starts it on the same working folder, keeping its data. */
    public static synchronized Settings stopForRestart() {
        Settings settings = stack().settings().keepingData();
        stack.stop();
        return settings;
    }

    public static synchronized Stack startAgain(Settings settings) throws StartupException {
        stack = null;
        stack = Stack.start(settings, SuiteStack::log);
        return stack;
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.stop();
            stack = null;
        }
        if (traces != null) {
            traces.close();
            traces = null;
        }
    }

    private static Settings testSettings() {
        Map<String, String> environment = new HashMap<>(Map.of("NEWSGRAPH_REPO",
                System.getProperty("newsgraph.repo", "")));
        // a slow machine may give each part longer to start
        Optional.ofNullable(System.getenv("NEWSGRAPH_START_TIMEOUT"))
                .ifPresent(seconds -> environment.put("NEWSGRAPH_START_TIMEOUT", seconds));
        Settings defaults = Settings.parse(List.of(), environment);
        Path work = Path.of(System.getProperty("newsgraph.it-work", defaults.repository().resolve("deploy/local/target/it-work").toString()));
        int services = Services.ALL.size();
        List<Integer> ports = FreePorts.take(2 + 2 * services);
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        for (int i = 0; i < services; i++) {
            servicePorts.put(Services.ALL.get(i).name(), ports.get(2 + i));
            managementPorts.put(Services.ALL.get(i).name(), ports.get(2 + services + i));
        }
        return defaults.with(work, true, ports.get(0), ports.get(1), servicePorts, managementPorts);
    }

    private static void log(String line) {
        System.out.println("[local-stack] " + line);
    }
}
