package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.Topics;

/**
 * {@code deploy/compose/compose.yaml}, for people with Docker: no Docker engine runs here, so it is read, anchors
 * and merge keys resolved, and checked against the services' own configuration.
 */
class ComposeFileTest {

    private static final Map<String, Object> COMPOSE = load();

    static Stream<ServiceConfiguration> services() {
        return ServiceConfiguration.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void runs_each_service_from_its_dockerfile_on_its_own_port_and_database(ServiceConfiguration service) {
        Map<String, Object> container = map(map(COMPOSE, "services"), service.service().name());
        assertThat(map(container, "build")).containsEntry("context", "../../" + service.service().module())
                .containsEntry("dockerfile", "src/main/docker/Dockerfile.jvm");
        assertThat(list(container, "ports")).containsExactly("127.0.0.1:%1$d:%1$d".formatted(service.port()));
        Map<String, Object> environment = map(container, "environment");
        assertThat(environment)
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + service.service().database())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .containsEntry(service.baseUrlVariable(), "http://localhost:" + service.port())
                .containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "MP_JWT_VERIFY_ISSUER");
        assertThat(container).containsEntry("read_only", true);
        assertThat(list(container, "tmpfs")).contains("/tmp");
        assertThat(map(container, "depends_on")).containsOnlyKeys("postgres", "kafka", "kafka-topics");
    }

    @Test
    void creates_every_database_the_services_use() throws IOException {
        String init = Files.readString(ServiceConfiguration.REPOSITORY.resolve("deploy/compose/postgres/init-databases.sql"));
        ServiceConfiguration.all().forEach(service ->
                assertThat(init).containsPattern("(?i)CREATE DATABASE\\s+" + service.service().database() + "\\b"));
    }

    @Test
    void creates_every_topic_the_services_use_before_they_start_and_compacts_the_catalogue_events() {
        Map<String, Object> topics = map(map(COMPOSE, "services"), "kafka-topics");
        String script = String.join("\n", list(topics, "command"));
        ServiceConfiguration.allTopics().forEach(topic ->
                assertThat(script).containsPattern("--topic " + topic.replace(".", "\\.") + "\\s"));
        assertThat(script).containsPattern("--topic catalogue\\.events .*cleanup\\.policy=compact");
        // With the partitions and retention the local stack and docs/operations.md give them.
        Topics.ALL.forEach(topic -> {
            assertThat(script).as(topic.name()).containsPattern(
                    "--topic " + topic.name().replace(".", "\\.") + " --partitions " + topic.partitions() + "\\s");
            String retention = topic.settings().get("retention.ms");
            if (retention != null) {
                assertThat(script).as(topic.name()).containsPattern("--topic " + topic.name().replace(".", "\\.")
                        + " .*retention\\.ms=" + retention);
            }
        });
        assertThat(map(map(map(COMPOSE, "services"), "kafka"), "environment"))
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    private static Map<String, Object> load() {
        try (Reader reader = Files.newBufferedReader(ServiceConfiguration.REPOSITORY.resolve("deploy/compose/compose.yaml"))) {
            return new Yaml().load(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return ((List<Object>) value).stream().map(String::valueOf).toList();
    }
}
