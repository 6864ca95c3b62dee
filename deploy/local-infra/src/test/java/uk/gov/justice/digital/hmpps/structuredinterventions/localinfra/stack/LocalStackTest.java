package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.Topics;

/**
 * The local stack as {@code deploy/run-local} runs it, with one stand-in service ({@link FakeService}, packaged as a
 * service's fast-jar is) in place of the four: every topic exists at start, and a service killed with SIGKILL comes
 * back and answers {@code /q/health/ready}.
 */
class LocalStackTest {

    private static Path repository;

    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static ServiceProcess.Service fake;
    private static LocalStack stack;

    @BeforeAll
    static void start() throws Exception {
        repository = Files.createTempDirectory("local-stack-test");
        fake = new ServiceProcess.Service("fake-service", "fake-service", freePort(), "catalogue", "fake");
        packageFakeService(fake.jar(repository));
        stack = new LocalStack(repository, repository.resolve(".local-stack"), 0, 0, List.of(fake),
                ServiceProcess.Jvm.FOR_TESTS, new PrintStream(CONSOLE, true, StandardCharsets.UTF_8));
        stack.start();
        stack.supervise();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(repository)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind fails nothing
        }
    }

    @Test
    void creates_every_topic_and_dead_letter_topic_with_its_partitions_at_start() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        Topics.ALL.forEach(topic -> expected.put(topic.name(), topic.partitions()));
        assertThat(stack.infrastructure().kafka().partitions(Topics.names())).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(expected).containsEntry("catalogue.events", 3).containsEntry("referral.events", 6)
                .containsEntry("audit.events", 6).containsEntry("readiness.events.contact-log-service.dlq", 1)
                .hasSize(9);
    }

    @Test
    void starts_a_killed_service_again_after_a_second_and_says_so() throws Exception {
        ServiceProcess first = stack.service(fake.name());
        assertThat(first.ready()).isTrue();

        first.kill();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ServiceProcess again = stack.service(fake.name());
        while ((again == first || !again.ready()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            again = stack.service(fake.name());
        }
        assertThat(again.pid()).isNotEqualTo(first.pid());
        assertThat(again.ready()).as("the restarted service answers /q/health/ready").isTrue();
        deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!console().contains("fake-service is UP again") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(console())
                .contains("fake-service exited with code 137")
                .contains("restarting it in 1 s")
                .contains("fake-service is starting again")
                .contains("fake-service is UP again");
    }

    private static String console() {
        return CONSOLE.toString(StandardCharsets.UTF_8);
    }

    /** A jar whose manifest runs {@link FakeService} from the test classes, where a service's quarkus-run.jar is. */
    private static void packageFakeService(Path jar) throws Exception {
        Files.createDirectories(jar.getParent());
        Path classes = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is all it needs
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
