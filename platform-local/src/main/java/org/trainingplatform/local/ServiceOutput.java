package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;

/**
 * Copies everything a service prints to its log file, and its warnings and errors (with their stack
 * traces) to the console, prefixed with the service's name.
 */
final class ServiceOutput implements Runnable {

    private static final Pattern ENTRY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\s");

    private final InputStream output;
    private final Path logFile;
    private final Logger console;
    /** The level of the entry the current line belongs to; before the first entry, the JVM speaks. */
    private String level = "ERROR";

    ServiceOutput(PlatformService service, InputStream output, Path logFile) {
        this.output = output;
        this.logFile = logFile;
        this.console = LoggerFactory.getLogger("services." + service.id());
    }

    @Override
    public void run() {
        try (var lines = new BufferedReader(new InputStreamReader(output, UTF_8));
             Writer log = Files.newBufferedWriter(logFile, UTF_8, CREATE, APPEND)) {
            log.write("---- started at " + LocalDateTime.now() + System.lineSeparator());
            String line;
            while ((line = lines.readLine()) != null) {
                log.write(line + System.lineSeparator());
                log.flush();
                show(line);
            }
        } catch (IOException e) {
            console.warn("Cannot keep the log in {}: {}", logFile, e.toString());
        }
    }

    private void show(String line) {
        Matcher entry = ENTRY.matcher(line);
        if (entry.find()) {
            level = entry.group(1);
        }
        if ("ERROR".equals(level)) {
            console.error(line);
        } else if ("WARN".equals(level)) {
            console.warn(line);
        }
    }
}
