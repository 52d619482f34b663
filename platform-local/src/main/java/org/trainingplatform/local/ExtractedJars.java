package org.trainingplatform.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A service's executable jar unpacked, as Spring Boot's tools extract it, into its application jar and its
 * libraries beside it: the JVM loads classes from plain jars with a fifth less CPU than from jars nested in
 * the executable one, which counts where four services start at once on a small machine. Unpacked next to
 * the executable jar, into {@code extracted/}, once for each content of it (a build that changed nothing in
 * it unpacks nothing); if unpacking fails, the service runs from the executable jar, as it would anyway.
 */
final class ExtractedJars {

    private static final Logger log = LoggerFactory.getLogger(ExtractedJars.class);
    /** What the folder was unpacked from: a digest of the executable jar's entries (name, size, CRC). */
    private static final String SOURCE = ".unpacked-from";

    private ExtractedJars() {
    }

    /** The jar to run: the unpacked application jar, unpacked now if the executable jar's content is not yet. */
    static Path runnable(Path executableJar) {
        Path folder = executableJar.resolveSibling("extracted");
        try {
            String source = contentOf(executableJar);
            Path marker = folder.resolve(SOURCE);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).equals(source)) {
                unpack(executableJar, folder);
                Files.writeString(marker, source);
            }
            return folder.resolve(executableJar.getFileName());
        } catch (IOException | UncheckedIOException e) {
            log.warn("{} could not be unpacked ({}): the service runs from it, and starts a little slower",
                    executableJar.getFileName(), e.getMessage());
            return executableJar;
        }
    }

    /**
     * What the jar holds, from its directory alone (a few milliseconds): every build writes the executable jar
     * anew, with new times, and a build that changed nothing in it must not cost the next start an unpacking.
     */
    private static String contentOf(Path executableJar) throws IOException {
        MessageDigest digest = sha256();
        try (ZipFile jar = new ZipFile(executableJar.toFile())) {
            jar.stream().forEach(entry -> digest.update((entry.getName() + " " + entry.getSize() + " "
                    + Long.toHexString(entry.getCrc()) + "\n").getBytes(UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Unpacks into a folder of its own first, so that a failed or cut-off unpacking never leaves a half folder in use. */
    private static void unpack(Path executableJar, Path folder) throws IOException {
        Path work = Files.createTempDirectory(executableJar.getParent(), "unpacking-");
        try {
            Path unpacked = work.resolve("extracted");
            Path output = work.resolve("output.txt");
            Process tools = new ProcessBuilder(ServiceProcess.JAVA, "-XX:TieredStopAtLevel=1", "-Djarmode=tools",
                    "-jar", executableJar.toString(), "extract", "--destination", unpacked.toString())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!tools.waitFor(2, TimeUnit.MINUTES)) {
                tools.destroyForcibly();
                throw new IOException("unpacking took more than two minutes");
            }
            if (tools.exitValue() != 0 || !Files.isRegularFile(unpacked.resolve(executableJar.getFileName()))) {
                throw new IOException("Spring Boot's jar tools said: " + Files.readString(output).strip());
            }
            delete(folder);
            Files.move(unpacked, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking", e);
        } finally {
            delete(work);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
