package org.trainingplatform.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

/**
 * The launcher as a newcomer runs it, {@code java -jar platform-local/target/platform-local-exec.jar},
 * on its own data folder and free ports. Its console is kept for the test and copied to a file under
 * {@code target/} for whoever reads a failure.
 */
final class LauncherProcess {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path CONSOLE_COPY = MODULE.resolve("target").resolve("platform-local-it-console.log");

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path dataDir;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private Process process;
    private Writer commands;

    LauncherProcess(Path dataDir) {
        this.dataDir = dataDir;
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String option : List.of("mongo-port", "kafka-port", "kafka-controller-port", "smtp-port",
                    "mail-inbox-port", "sms-port", "auth-port", "enrolment-port", "scheduling-port",
                    "assessment-port", "notification-port")) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.put(option, socket.getLocalPort());
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start(String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", "platform-local/target/platform-local-exec.jar",
                "--data-dir=" + dataDir));
        command.addAll(List.of(options));
        ports.forEach((option, port) -> command.add("--" + option + "=" + port));
        console.clear();
        process = new ProcessBuilder(command).directory(MODULE.getParent().toFile()).redirectErrorStream(true).start();
        commands = new OutputStreamWriter(process.getOutputStream(), UTF_8);
        Thread reader = new Thread(this::readConsole, "launcher-console");
        reader.setDaemon(true);
        reader.start();
    }

    int port(String option) {
        return ports.get(option);
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** How many lines the console has shown since the start. */
    int linesShown() {
        return console.size();
    }

    /**
     * Whether the console showed, after its first {@code skipped} lines, a line starting with this
     * text or a log line of the launcher saying it.
     */
    boolean printed(String text, int skipped) {
        return console.stream().skip(skipped).anyMatch(line -> line.startsWith(text) || line.contains(" INFO  " + text));
    }

    List<String> console() {
        return List.copyOf(console);
    }

    void type(String command) throws IOException {
        commands.write(command + System.lineSeparator());
        commands.flush();
    }

    /** SIGTERM, as Ctrl-C or a process manager would stop it; true when it exited within the time given. */
    boolean stop(long seconds) throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM, like Process.destroy(), but keeps reading the console to its end
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    void kill() {
        if (isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private void readConsole() {
        try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
             Writer copy = Files.newBufferedWriter(CONSOLE_COPY, UTF_8, CREATE, APPEND)) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.add(line);
                copy.write(line + System.lineSeparator());
                copy.flush();
            }
        } catch (IOException e) {
            console.add("(console closed: " + e + ")");
        }
    }
}
