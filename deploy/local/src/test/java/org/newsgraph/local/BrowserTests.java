package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs browser tests of the editor UI (Playwright, {@code gateway/src/main/webui/e2e}) with
 * Debian's Chromium against the running stack. The UI's build installed Playwright with the
 * rest of its packages; the build of this module installed Chromium (ensure-chromium.sh).
 */
final class BrowserTests {

    /** Where screenshots, measurements and Playwright's failure traces go. */
    static final Path OUTPUT = Path.of(System.getProperty("newsgraph.browser-output", "target/browser-tests"));
    private static final long TIMEOUT_MINUTES = 10;

    private BrowserTests() {
    }

    /** Runs one spec file (its name under e2e/) and fails with Playwright's report if a test failed. */
    static void run(String spec) throws IOException, InterruptedException {
        Settings settings = SuiteStack.settings();
        Path webui = settings.repository().resolve("gateway/src/main/webui");
        Path cli = webui.resolve("node_modules/@playwright/test/cli.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("Playwright is not installed at " + cli + "; build the gateway first (./mvnw -B verify)");
        }
        Files.createDirectories(OUTPUT);
        ProcessBuilder builder = new ProcessBuilder("node", cli.toString(), "test", "e2e/" + spec)
                .directory(webui.toFile())
                .redirectErrorStream(true);
        builder.environment().put("NEWSGRAPH_UI_URL", settings.serviceUrl(Services.GATEWAY));
        builder.environment().put("NEWSGRAPH_BROWSER_OUTPUT", OUTPUT.toAbsolutePath().toString());
        builder.environment().put("NEWSGRAPH_CHROMIUM", System.getProperty("newsgraph.chromium", "/usr/bin/chromium"));
        builder.environment().put("CI", "true");
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("[browser] " + line);
                lines.add(line);
            }
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> "browser tests of " + spec + " failed:\n" + String.join("\n", lines));
    }
}
