package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.KafkaBroker;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.Topics;

/**
 * The local-infra Kafka broker in a process of its own, so that a test can freeze it (SIGSTOP) and thaw it (SIGCONT)
 * as a hung broker looks to the services: connections stay open and nothing answers. The broker of
 * {@link LocalInfrastructure} runs inside the test's JVM, which cannot be stopped without stopping the test.
 */
final class BrokerProcess implements AutoCloseable {

    private static final String READY = "BROKER READY";

    private final Process process;
    private final int port;

    private BrokerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The child's entry point: a throw-away broker on the given port with the services' topics, until stdin ends. */
    public static void main(String[] args) throws IOException {
        KafkaBroker broker = KafkaBroker.start(null, Integer.parseInt(args[0]));
        broker.ensureTopics(Topics.ALL);
        System.out.println(READY);
        System.out.flush();
        while (System.in.read() >= 0) {
            // the parent holds stdin open for as long as it wants the broker
        }
        broker.close();
        System.exit(0);
    }

    /** Starts the broker in a new JVM on the test's class path and waits until its topics exist. */
    static BrokerProcess start(int port, Path log) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:+UseSerialGC", "-cp", classPath, BrokerProcess.class.getName(), Integer.toString(port));
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "stop-broker"));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
                }
                if (Files.readString(log).contains(READY)) {
                    return new BrokerProcess(process, port);
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("the broker was not ready after 2 minutes; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        Signals.send("CONT", List.of(process.pid()));
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
