package org.trainingplatform.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The services of the platform, each a Spring Boot application run from its executable jar. */
enum PlatformService {

    ENROLMENT(8081), SCHEDULING(8082), ASSESSMENT(8083), NOTIFICATION(8084);

    private final int defaultPort;

    PlatformService(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** The Maven module and the application name, e.g. {@code enrolment-service}. */
    String id() {
        return shortName() + "-service";
    }

    String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The command-line option that moves its HTTP port, e.g. {@code --enrolment-port}. */
    String portOption() {
        return shortName() + "-port";
    }

    /** The environment variable the service reads its HTTP port from. */
    String portVariable() {
        return name() + "_PORT";
    }

    Path jar(Path repository) {
        return repository.resolve(id()).resolve("target").resolve(id() + "-exec.jar");
    }

    /** The service called {@code enrolment} or {@code enrolment-service}. */
    static Optional<PlatformService> named(String name) {
        return Arrays.stream(values())
                .filter(service -> service.shortName().equalsIgnoreCase(name) || service.id().equalsIgnoreCase(name))
                .findFirst();
    }
}
