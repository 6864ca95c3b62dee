package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;

/** One packaged service (its Quarkus fast-jar) running as a separate process against the local infrastructure. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * A service of the system: its module directory, its usual port, its database, and the prefix of its own
     * configuration (where its {@code base-url}, the start of its events' {@code detailUrl}, is set).
     */
    public record Service(String name, String module, int port, String database, String configPrefix) {

        public Path jar(Path repository) {
            return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }

        /**
         * The environment variable that sets the service's public base URL ({@code <configPrefix>.base-url}) in a
         * deployment, e.g. {@code CONTACT_LOG_BASE_URL}.
         */
        public String baseUrlVariable() {
            return configPrefix.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_BASE_URL";
        }
    }

    public static final Service CATALOGUE = new Service("catalogue-service", "catalogue-service", 8081, "catalogue", "catalogue");
    public static final Service REFERRAL = new Service("referral-service", "referral-service", 8082, "referral", "referral");
    public static final Service READINESS = new Service("readiness-service", "readiness-service", 8083, "readiness", "readiness");
    public static final Service CONTACT_LOG = new Service("contact-log-service", "contact-log-service", 8084, "contact_log",
            "contact-log");
    public static final List<Service> ALL = List.of(CATALOGUE, REFERRAL, READINESS, CONTACT_LOG);

    /** How the service's JVM is tuned. */
    public enum Jvm {
        /**
         * As the container image runs it (the UBI OpenJDK runtime's {@code run-java.sh} defaults, with the heap the
         * manifests give: half of a 512 MiB limit): the full JIT (C2), the parallel collector. For the local stack and
         * anything measured.
         */
        AS_DEPLOYED("-Xmx256m", "-XX:+UseParallelGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
                "-XX:GCTimeRatio=4", "-XX:AdaptiveSizePolicyWeight=90", "-XX:+ExitOnOutOfMemoryError"),
        /** Quick to start, for short test runs: the first JIT tier only, a small heap, the serial collector. */
        FOR_TESTS("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

        private final List<String> options;

        Jvm(String... options) {
            this.options = List.of(options);
        }

        public List<String> options() {
            return options;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final int port;
    private final ProcessBuilder builder;
    private final Process process;
    private final Path log;

    private ServiceProcess(Service service, int port, ProcessBuilder builder, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.builder = builder;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a service's packaged jar on the given port, pointed at the infrastructure, with the local signing key
     * trusted. Its output goes to {@code logDirectory/<name>.log}.
     */
    public static ServiceProcess start(Path repository, Service service, int port, LocalInfrastructure infrastructure,
            Path logDirectory, Map<String, String> settings) {
        return start(repository, service, port, infrastructure, logDirectory, settings, Jvm.FOR_TESTS);
    }

    /** As {@link #start(Path, Service, int, LocalInfrastructure, Path, Map)}, with the JVM tuned as given. */
    public static ServiceProcess start(Path repository, Service service, int port, LocalInfrastructure infrastructure,
            Path logDirectory, Map<String, String> settings, Jvm jvm) {
        List<String> command = javaCommand(jvm);
        property(command, "quarkus.http.port", port);
        property(command, "quarkus.datasource.jdbc.url", infrastructure.postgres().jdbcUrl(service.database()));
        property(command, "quarkus.datasource.username", PostgresServer.USER);
        property(command, "quarkus.datasource.password", PostgresServer.PASSWORD);
        property(command, "kafka.bootstrap.servers", infrastructure.kafka().bootstrapServers());
        property(command, "mp.jwt.verify.publickey.location", "local-auth/public-key.pem");
        property(command, "mp.jwt.verify.issuer", LocalTokens.ISSUER);
        // The benchmark signs its tokens once for a run of several hours; production keeps the kit's hour.
        property(command, "structured-interventions.security.max-token-age", "PT12H");
        property(command, "quarkus.log.console.json.enabled", false);
        property(command, service.configPrefix() + ".base-url", "http://localhost:" + port);
        settings.forEach((name, value) -> property(command, name, value));
        return launch(repository, service, port, command, repository.resolve(service.module()), Map.of(), logDirectory);
    }

    /**
     * Starts a service's packaged jar the way its container image runs it: configured through environment variables
     * alone, from a working directory that stands for the image's {@code /deployments} (where a mounted
     * {@code config/application.properties} is read). It listens on {@code QUARKUS_HTTP_PORT} if that is set, else
     * on its usual port.
     */
    public static ServiceProcess startLikeItsImage(Path repository, Service service, Map<String, String> environment,
            Path workingDirectory, Path logDirectory) {
        int port = Integer.parseInt(environment.getOrDefault("QUARKUS_HTTP_PORT", String.valueOf(service.port())));
        return launch(repository, service, port, javaCommand(Jvm.FOR_TESTS), workingDirectory, environment, logDirectory);
    }

    private static List<String> javaCommand(Jvm jvm) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm.options());
        return command;
    }

    private static ServiceProcess launch(Path repository, Service service, int port, List<String> command, Path directory,
            Map<String, String> environment, Path logDirectory) {
        Path jar = service.jar(repository);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: build the services first (./mvnw -B -DskipTests package)");
        }
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(service.name() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Files.deleteIfExists(log);
            return new ServiceProcess(service, port, builder, started(builder), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.name(), e);
        }
    }

    /** Starts the process, and ends it with this JVM if nothing has stopped it by then (a killed test run, say). */
    private static Process started(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }, "stop-" + process.pid()));
        return process;
    }

    /**
     * Starts this service again, as it was started (same port, same settings), once its process has ended: after
     * {@link #close()} or {@link #kill()}. Its output goes on in the same log; await it with {@link #awaitReady}.
     */
    public ServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(service.name() + " is still running");
        }
        try {
            return new ServiceProcess(service, port, builder, started(builder), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restart " + service.name(), e);
        }
    }

    /**
     * Ends the service at once (SIGKILL), as a crash or an evicted pod would: no shutdown hooks, no offset commit, no
     * relay finishing its batch.
     */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.name() + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void property(List<String> command, String name, Object value) {
        command.add("-D" + name + "=" + value);
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process dies. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(service.name() + " was not ready after " + timeout + "; see " + log);
    }

    public boolean ready() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Service service() {
        return service;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of the ended process (137 after SIGKILL, 143 after an unhandled SIGTERM). */
    public int exitValue() {
        return process.exitValue();
    }

    /** The operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    /** Stops the service gracefully (SIGTERM), then forcibly if it has not stopped in 20 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
