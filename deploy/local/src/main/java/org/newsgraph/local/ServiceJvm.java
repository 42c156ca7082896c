package org.newsgraph.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM a service runs in. A service packaged as Quarkus's {@code aot-jar} (run.sh builds it so)
 * runs on a JDK 25 or later, {@link #JDK_25} unless {@code --service-jdk} names another, with the
 * JDK's AOT cache: a start without a cache records one ({@code -XX:AOTCacheOutput}, written by the
 * JVM when the service stops), the next starts load it ({@code -XX:AOTCache}). That is what makes a
 * start take about a second of processor time instead of 14–19 (docs/measurements.md). A service
 * packaged as the default fast-jar ({@code ./mvnw package}, the images, the suite tests) runs as
 * before, on the launcher's JDK without a cache: there the cache saves little, because most classes
 * come through Quarkus's own class loader, which the cache cannot hold.
 *
 * <p>A cache belongs to one build of the service, one JDK and one set of JVM options (its key file
 * says which); a change of any of them records it again. A cache the JVM refuses all the same never
 * stops a start: the JVM logs why and starts without it.
 */
public final class ServiceJvm {

    public static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    static final String AOT_ENTRY_POINT = "io.quarkus.bootstrap.runner.AotQuarkusEntryPoint";
    /** Added to every service's environment (docs/measurements.md says what each gave). */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");
    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    /**
     * How one service is started.
     *
     * @param java the java executable
     * @param options its JVM options, the cache's among them
     * @param cache the AOT cache this start loads or records, if any
     * @param recording whether this start records the cache (it is written when the service stops)
     * @param key what the cache was made for: written beside it once it is made
     */
    public record Plan(Path java, List<String> options, Optional<Path> cache, boolean recording, String key) {

        /** What the launcher prints about it. */
        public String describe() {
            if (cache.isEmpty()) {
                return "on " + java;
            }
            return "on " + java + (recording ? ", recording its AOT cache (written when it stops)" : ", with its AOT cache");
        }

        /**
         * After the service ended: a recorded cache is kept (its key written) when the JVM ended by
         * itself, and deleted when it had to be killed (it may be cut short).
         */
        public void stopped(boolean byItself) {
            if (!recording || cache.isEmpty()) {
                return;
            }
            Path file = cache.get();
            try {
                if (byItself && Files.isRegularFile(file) && Files.size(file) > 0) {
                    Files.writeString(keyFile(file), key);
                } else {
                    Files.deleteIfExists(file);
                    Files.deleteIfExists(keyFile(file));
                }
            } catch (IOException e) {
                // the next start records it again
            }
        }
    }

    private ServiceJvm() {
    }

    public static Plan plan(Settings settings, Services.Service service) {
        Path jar = settings.serviceJar(service.name());
        Path launcherJdk = Path.of(System.getProperty("java.home"));
        boolean aotJar = isAotJar(jar);
        Path jdk = settings.serviceJdk().orElse(aotJar && Files.isExecutable(JDK_25.resolve("bin/java")) ? JDK_25 : launcherJdk);
        Path java = jdk.resolve("bin/java");
        List<String> options = new ArrayList<>(List.of(settings.serviceJavaOptions().trim().split("\\s+")));
        options.removeIf(String::isBlank);
        if (!aotJar || featureVersion(jdk) < 25) {
            return new Plan(java, options, Optional.empty(), false, "");
        }
        Path cache = settings.aotCaches().resolve(service.name() + ".aot");
        String key = key(jar, java, jdk, options);
        boolean usable = Files.isRegularFile(cache) && key.equals(read(keyFile(cache)));
        try {
            if (!usable) {
                Files.createDirectories(cache.getParent());
                Files.deleteIfExists(cache);
                Files.deleteIfExists(keyFile(cache));
            }
        } catch (IOException e) {
            return new Plan(java, options, Optional.empty(), false, "");
        }
        options.add((usable ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + cache);
        return new Plan(java, options, Optional.of(cache), !usable, key);
    }

    /** Whether Quarkus packaged the service as {@code aot-jar} (its runner's main class says so). */
    static boolean isAotJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null
                    && AOT_ENTRY_POINT.equals(file.getManifest().getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The JDK's feature version from its {@code release} file (25 for 25.0.1), 0 if unknown. */
    static int featureVersion(Path jdk) {
        Matcher version = JAVA_VERSION.matcher(read(jdk.resolve("release")));
        return version.find() ? Integer.parseInt(version.group(1)) : 0;
    }

    /**
     * The build (every file of the packaged service: name, size, time), the JDK and the options a
     * cache is made for.
     */
    private static String key(Path jar, Path java, Path jdk, List<String> options) {
        long build = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(jar.getParent())) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".aot")).sorted().toList()) {
                build = 31 * build + (file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()).hashCode();
            }
        } catch (IOException e) {
            build = System.nanoTime(); // unreadable: record anew
        }
        return "build " + jar.getParent() + " " + Long.toHexString(build) + "\njava " + java + " "
                + Integer.toHexString(read(jdk.resolve("release")).hashCode()) + "\noptions " + String.join(" ", options) + "\n";
    }

    private static Path keyFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".key");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
