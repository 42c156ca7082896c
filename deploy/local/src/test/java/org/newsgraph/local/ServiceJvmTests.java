package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTests {

    private static final Services.Service GATEWAY = Services.named(Services.GATEWAY).orElseThrow();

    @TempDir
    Path folder;

    @Test
    void aFastJarRunsOnTheLaunchersJdkWithoutACache() throws IOException {
        Settings settings = settings(packaged("io.quarkus.bootstrap.runner.QuarkusEntryPoint"), List.of());

        ServiceJvm.Plan plan = ServiceJvm.plan(settings, GATEWAY);

        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), plan.java());
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC"), plan.options());
        assertEquals(Optional.empty(), plan.cache());
    }

    @Test
    void anAotJarRecordsItsCacheOnceThenStartsFromIt() throws IOException {
        Path jdk = jdk("25.0.1");
        Settings settings = settings(packaged(ServiceJvm.AOT_ENTRY_POINT), List.of("--service-jdk=" + jdk));
        Path cache = settings.aotCaches().resolve("gateway.aot");

        ServiceJvm.Plan first = ServiceJvm.plan(settings, GATEWAY);
        assertEquals(jdk.resolve("bin/java"), first.java());
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:AOTCacheOutput=" + cache), first.options());
        assertTrue(first.recording());
        Files.writeString(cache, "the JVM writes this when the service stops");
        first.stopped(true);

        ServiceJvm.Plan next = ServiceJvm.plan(settings, GATEWAY);
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:AOTCache=" + cache), next.options());
        assertFalse(next.recording());
    }

    @Test
    void otherJvmOptionsOrACacheCutShortRecordAgain() throws IOException {
        Path jdk = jdk("25");
        Path repository = packaged(ServiceJvm.AOT_ENTRY_POINT);
        Settings settings = settings(repository, List.of("--service-jdk=" + jdk));
        Path cache = settings.aotCaches().resolve("gateway.aot");
        ServiceJvm.Plan first = ServiceJvm.plan(settings, GATEWAY);
        Files.writeString(cache, "cache");
        first.stopped(true);

        Settings otherOptions = Settings.parse(List.of("--repo=" + repository, "--work-dir=" + folder.resolve("work"),
                "--service-jdk=" + jdk, "--service-java-opts=-Xmx96m"), Map.of());
        ServiceJvm.Plan recording = ServiceJvm.plan(otherOptions, GATEWAY);
        assertEquals(List.of("-Xmx96m", "-XX:AOTCacheOutput=" + cache), recording.options());
        assertFalse(Files.exists(cache), "the old cache is deleted");

        Files.writeString(cache, "cut short");
        recording.stopped(false);
        assertFalse(Files.exists(cache), "a cache whose JVM was killed is not kept");
        assertTrue(ServiceJvm.plan(otherOptions, GATEWAY).recording());
    }

    @Test
    void anAotJarOnAnOlderJdkRunsWithoutACache() throws IOException {
        Path jdk = jdk("17.0.15");
        Settings settings = settings(packaged(ServiceJvm.AOT_ENTRY_POINT), List.of("--service-jdk=" + jdk));

        ServiceJvm.Plan plan = ServiceJvm.plan(settings, GATEWAY);

        assertEquals(jdk.resolve("bin/java"), plan.java());
        assertEquals(List.of("-Xmx128m", "-XX:+UseSerialGC"), plan.options());
        assertEquals(Optional.empty(), plan.cache());
    }

    private Settings settings(Path repository, List<String> more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--repo=" + repository,
                "--work-dir=" + folder.resolve("work"), "--service-java-opts=-Xmx128m -XX:+UseSerialGC"));
        arguments.addAll(more);
        return Settings.parse(arguments, Map.of());
    }

    /** A repository whose gateway is packaged with this runner main class. */
    private Path packaged(String mainClass) throws IOException {
        Path repository = folder.resolve("repo");
        Path jar = repository.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a runner jar holds only its manifest
        }
        return repository;
    }

    private Path jdk(String version) throws IOException {
        Path jdk = folder.resolve("jdk-" + version);
        Files.createDirectories(jdk.resolve("bin"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\n");
        return jdk;
    }
}
