package org.trainingplatform.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The production shape stays a valid compose file (checked where docker-compose is installed; no engine needed). */
class ComposeFileTest {

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Path compose = Path.of("..", "docker-compose.yml").toAbsolutePath().normalize();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker-compose")), "docker-compose is not installed");

        Process check = new ProcessBuilder("docker-compose", "-f", compose.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes())).isZero();
    }
}
