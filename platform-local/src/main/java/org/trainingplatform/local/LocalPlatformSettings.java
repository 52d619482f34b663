package org.trainingplatform.local;

import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.env.SimpleCommandLinePropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the local platform keeps its data and which ports it uses. Each setting is a command-line
 * option ({@code --kafka-port=19092}) or a system property of the same name
 * ({@code -Dkafka-port=19092}); the command line wins.
 */
record LocalPlatformSettings(Path repository, Path dataDir, int mongoPort, int kafkaPort, int kafkaControllerPort,
                             int smtpPort, int mailInboxPort, int smsPort, int authPort,
                             Map<PlatformService, Integer> servicePorts, List<String> serviceJvmOptions,
                             boolean demo, boolean authorizationServerOnly, String issuerOverride) {

    /**
     * A serial collector with a small heap that is given back when unused, bounded metaspace, code
     * cache and direct memory, only the quick compiler, and no verification of the classes of jars
     * built here: four services start fast on two cores and stay under 300 MB each under load (the optimising
     * compiler would take a third to nearly half off a warm service's CPU, but two of them over 300 MB:
     * docs/local-platform.md). No performance counters: sampling them took 2–3 ms of CPU a second in each idle
     * service.
     */
    static final String DEFAULT_SERVICE_JVM_OPTIONS = "-XX:+UseSerialGC -Xms32m -Xmx160m"
            + " -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=50 -Xss512k -XX:MaxMetaspaceSize=128m"
            + " -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m -XX:TieredStopAtLevel=1"
            + " -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -XX:-UsePerfData";

    private static final Set<String> OPTIONS = Set.of("data-dir", "mongo-port", "kafka-port", "kafka-controller-port",
            "smtp-port", "mail-inbox-port", "sms-port", "auth-port", "service-jvm-options", "extra-service-jvm-options",
            "enrolment-port", "scheduling-port", "assessment-port", "notification-port",
            "demo", "authorization-server-only", "issuer");

    static LocalPlatformSettings from(String[] args) {
        var commandLine = new SimpleCommandLinePropertySource(args);
        rejectUnknown(commandLine.getPropertyNames());
        var sources = new MutablePropertySources();
        sources.addLast(commandLine);
        sources.addLast(new PropertiesPropertySource("systemProperties", System.getProperties()));
        PropertyResolver options = new PropertySourcesPropertyResolver(sources);

        Path repository = findRepository();
        Map<PlatformService, Integer> servicePorts = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            servicePorts.put(service, options.getProperty(service.portOption(), Integer.class, service.defaultPort()));
        }
        return new LocalPlatformSettings(repository,
                Path.of(options.getProperty("data-dir", repository.resolve(".local-data").toString())).toAbsolutePath(),
                options.getProperty("mongo-port", Integer.class, 27017),
                options.getProperty("kafka-port", Integer.class, 9092),
                options.getProperty("kafka-controller-port", Integer.class, 9093),
                options.getProperty("smtp-port", Integer.class, 3025),
                options.getProperty("mail-inbox-port", Integer.class, 8025),
                options.getProperty("sms-port", Integer.class, 8089),
                options.getProperty("auth-port", Integer.class, 9000),
                servicePorts,
                serviceJvmOptions(options),
                options.containsProperty("demo"), options.containsProperty("authorization-server-only"),
                options.getProperty("issuer"));
    }

    /** The services' JVM options (the defaults unless replaced), followed by any extra ones. */
    private static List<String> serviceJvmOptions(PropertyResolver options) {
        String all = options.getProperty("service-jvm-options", DEFAULT_SERVICE_JVM_OPTIONS) + " "
                + options.getProperty("extra-service-jvm-options", "");
        return List.of(all.trim().split("\\s+"));
    }

    /** The issuer named in tokens: this machine's, unless the services reach the server by another name (compose). */
    String issuer() {
        return issuerOverride != null ? issuerOverride : "http://localhost:" + authPort;
    }

    int port(PlatformService service) {
        return servicePorts.get(service);
    }

    String serviceUrl(PlatformService service) {
        return "http://localhost:" + port(service);
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Every port the platform listens on, by the option that sets it. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("mongo-port", mongoPort);
        ports.put("kafka-port", kafkaPort);
        ports.put("kafka-controller-port", kafkaControllerPort);
        ports.put("smtp-port", smtpPort);
        ports.put("mail-inbox-port", mailInboxPort);
        ports.put("sms-port", smsPort);
        ports.put("auth-port", authPort);
        servicePorts.forEach((service, port) -> ports.put(service.portOption(), port));
        return ports;
    }

    /**
     * The checkout the services' jars are built in: the one holding the launcher's jar when it runs
     * as {@code java -jar <repository>/platform-local/target/platform-local-exec.jar}, otherwise the
     * working directory.
     */
    private static Path findRepository() {
        Path launcher = Path.of(System.getProperty("java.class.path")).toAbsolutePath().normalize();
        if (Files.isRegularFile(launcher) && launcher.getParent() != null
                && launcher.getParent().endsWith(Path.of("platform-local", "target"))) {
            return launcher.getParent().getParent().getParent();
        }
        return Path.of("").toAbsolutePath();
    }

    /** Options with a dot are Spring properties of the authorization server, such as {@code --logging.level.root}. */
    private static void rejectUnknown(String[] names) {
        List<String> unknown = Arrays.stream(names)
                .filter(name -> !OPTIONS.contains(name) && !name.contains(".") && !name.equals("debug"))
                .map(name -> "--" + name)
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown option " + String.join(", ", unknown)
                    + "; the options are --" + String.join(", --", new TreeSet<>(OPTIONS)));
        }
    }
}
