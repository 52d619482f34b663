package org.trainingplatform.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Unpacks an executable jar as the services' are (this module's own, built before this test runs). */
class ExtractedJarsIT {

    private static final Path EXECUTABLE = Path.of("target", "platform-local-exec.jar");

    @TempDir
    Path target;

    @Test
    void aJarIsUnpackedOnceForEachContentOfIt() throws IOException {
        Path jar = Files.copy(EXECUTABLE, target.resolve("some-service-exec.jar"));

        Path runnable = ExtractedJars.runnable(jar);

        assertThat(runnable).isEqualTo(target.resolve("extracted").resolve("some-service-exec.jar")).isRegularFile();
        try (var libraries = Files.list(target.resolve("extracted").resolve("lib"))) {
            assertThat(libraries.count()).isGreaterThan(10);
        }
        Path left = Files.writeString(target.resolve("extracted").resolve("left-by-a-start.txt"), "");

        assertThat(ExtractedJars.runnable(jar)).isEqualTo(runnable);
        assertThat(left).as("the same build is not unpacked again").exists();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(ExtractedJars.runnable(jar)).isEqualTo(runnable);
        assertThat(left).as("a build that wrote the same content again is not unpacked again").exists();

        try (FileSystem rebuilt = FileSystems.newFileSystem(jar)) {
            Files.writeString(rebuilt.getPath("BOOT-INF", "classes", "changed.txt"), "a new build");
        }
        assertThat(ExtractedJars.runnable(jar)).isEqualTo(runnable).isRegularFile();
        assertThat(left).as("a build with other content is unpacked afresh").doesNotExist();
        try (var folder = Files.list(target)) {
            assertThat(folder.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("some-service-exec.jar", "extracted");
        }
    }

    @Test
    void aJarThatCannotBeUnpackedRunsAsItIs() throws IOException {
        Path jar = Files.writeString(target.resolve("broken-exec.jar"), "not a jar");

        assertThat(ExtractedJars.runnable(jar)).isEqualTo(jar);
        try (var folder = Files.list(target)) {
            assertThat(folder.map(path -> path.getFileName().toString())).containsExactly("broken-exec.jar");
        }
    }
}
