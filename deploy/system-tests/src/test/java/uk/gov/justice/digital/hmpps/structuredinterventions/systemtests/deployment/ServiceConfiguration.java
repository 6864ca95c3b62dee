package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;

/**
 * What a service's own {@code application.properties} says about how it is deployed: its port, the topic it
 * publishes to, the topics it reads and their dead-letter topics. The deployment checks compare the Dockerfiles,
 * the compose file and the Kubernetes manifests with this, so a change of port or topic that misses one fails.
 */
record ServiceConfiguration(ServiceProcess.Service service, int port, String eventsTopic, Set<String> consumedTopics,
        Set<String> deadLetterTopics) {

    static final String AUDIT_TOPIC = "audit.events";

    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();

    static ServiceConfiguration of(ServiceProcess.Service service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve(service.module())
                .resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(properties.getProperty(name));
            } else if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                consumed.add(properties.getProperty(name));
            }
        }
        return new ServiceConfiguration(service, Integer.parseInt(required(properties, "quarkus.http.port")),
                required(properties, service.configPrefix() + ".events-topic"), consumed, deadLetters);
    }

    static Stream<ServiceConfiguration> all() {
        return ServiceProcess.ALL.stream().map(ServiceConfiguration::of);
    }

    /** Every topic the services publish to or read, dead-letter topics included. */
    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>();
        all().forEach(configuration -> {
            topics.add(configuration.eventsTopic());
            topics.addAll(configuration.consumedTopics());
            topics.addAll(configuration.deadLetterTopics());
        });
        // The audit records of the services holding person data: the kit's default topic (AuditConfig), set by none.
        topics.add(AUDIT_TOPIC);
        return topics;
    }

    /** The environment variable that sets the service's public base URL, e.g. {@code CONTACT_LOG_BASE_URL}. */
    String baseUrlVariable() {
        return service.baseUrlVariable();
    }

    @Override
    public String toString() {
        return service.name();
    }

    Path module() {
        return REPOSITORY.resolve(service.module());
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set in application.properties");
        }
        return value;
    }
}
