package org.newsgraph.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run.sh builds again only when a file of the repository changed since its last build
 * (changed-since-build.sh): what a build writes is no change, or every start would rebuild the
 * services and record their AOT caches anew (three minutes from the command to ready instead of half a one).
 */
class ChangedSinceBuildTests {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Path SCRIPT = REPOSITORY.resolve("deploy/local/changed-since-build.sh");
    private static final Instant BUILT = Instant.parse("2026-11-29T10:00:00Z");
    private static final List<String> SOURCES = List.of("pom.xml", "gateway/src/main/webui/src/App.tsx",
            "entity-service/src/main/java/Entity.java");
    /** What the build writes: Maven's output, the editor UI's build (Quinoa), the stack's working folder. */
    private static final List<String> BUILD_OUTPUT = List.of("gateway/target/quarkus-app/quarkus-run.jar",
            "gateway/src/main/webui/tsconfig.tsbuildinfo", "gateway/src/main/webui/dist/index.html",
            "gateway/src/main/webui/src/gql/graphql.ts", "deploy/local/work/logs/gateway.log",
            "deploy/local/target/local-stack.jar");

    @TempDir
    Path copy;

    @Test
    void whatABuildWritesIsNoChangeInAGitRepository() throws Exception {
        sourcesBuiltAt(BUILT, true);
        written(BUILD_OUTPUT, BUILT.plusSeconds(60));

        assertFalse(changed(), "the build's own output made run.sh build again");
    }

    @Test
    void anEditedOrANewSourceIsAChangeInAGitRepository() throws Exception {
        sourcesBuiltAt(BUILT, true);
        written(List.of("gateway/src/main/webui/src/App.tsx"), BUILT.plusSeconds(60));
        assertTrue(changed(), "an edited source file was not seen");

        sourcesBuiltAt(BUILT, true);
        written(List.of("event-service/src/main/java/NewResource.java"), BUILT.plusSeconds(60));
        assertTrue(changed(), "a new source file git would track was not seen");
    }

    @Test
    void withoutGitTheBuildsOutputIsNoChangeAndASourceIs() throws Exception {
        sourcesBuiltAt(BUILT, false);
        written(BUILD_OUTPUT, BUILT.plusSeconds(60));
        assertFalse(changed(), "the build's own output made run.sh build again");

        written(List.of("pom.xml"), BUILT.plusSeconds(60));
        assertTrue(changed(), "an edited source file was not seen");
    }

    /** A repository with the real ignore files and a few sources, all older than the last build. */
    private void sourcesBuiltAt(Instant built, boolean git) throws Exception {
        for (String ignore : List.of(".gitignore", "gateway/src/main/webui/.gitignore")) {
            Files.createDirectories(copy.resolve(ignore).getParent());
            Files.copy(REPOSITORY.resolve(ignore), copy.resolve(ignore), StandardCopyOption.REPLACE_EXISTING);
        }
        written(SOURCES, built.minusSeconds(600));
        written(List.of(".gitignore", "gateway/src/main/webui/.gitignore"), built.minusSeconds(600));
        if (git && !Files.isDirectory(copy.resolve(".git"))) {
            run("git", "init", "-q");
            run("git", "add", ".");
        }
        written(List.of("deploy/local/target/run-sh.built"), built);
    }

    private void written(List<String> files, Instant at) throws IOException {
        for (String name : files) {
            Path file = copy.resolve(name);
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.writeString(file, name);
            }
            Files.setLastModifiedTime(file, FileTime.from(at));
        }
    }

    private boolean changed() throws Exception {
        int exit = run("bash", SCRIPT.toString(), copy.toString(), copy.resolve("deploy/local/target/run-sh.built").toString());
        assertTrue(exit == 0 || exit == 1, "changed-since-build.sh failed: " + exit);
        return exit == 0;
    }

    private int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(copy.toFile()).inheritIO().start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
        if (command[0].equals("git")) {
            assertEquals(0, process.exitValue(), String.join(" ", command));
        }
        return process.exitValue();
    }
}
