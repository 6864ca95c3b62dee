package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalInfrastructureTest {

    private static LocalInfrastructure infrastructure;

    @BeforeAll
    static void start() {
        infrastructure = LocalInfrastructure.startTemporary();
    }

    @AfterAll
    static void stop() {
        infrastructure.close();
    }

    @Test
    void creates_a_database_per_service_that_stores_and_returns_rows() throws Exception {
        for (String database : LocalInfrastructure.SERVICE_DATABASES) {
            try (Connection connection = DriverManager.getConnection(infrastructure.postgres().jdbcUrl(database),
                    PostgresServer.USER, PostgresServer.PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE probe (id int PRIMARY KEY, name text)");
                statement.execute("INSERT INTO probe VALUES (1, '" + database + "')");
                try (ResultSet rows = statement.executeQuery("SELECT name, version() FROM probe")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo(database);
                    assertThat(rows.getString(2)).startsWith("PostgreSQL 17");
                }
            }
        }
    }

    @Test
    void compacts_the_catalogue_topic_and_keeps_the_others_by_time() throws Exception {
        try (Admin admin = infrastructure.kafka().admin()) {
            List<ConfigResource> topics = Topics.EVENTS.stream().map(Topics.Topic::name).toList().stream()
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            Map<String, String> policies = new TreeMap<>();
            configs.forEach((topic, config) -> policies.put(topic.name(), config.get("cleanup.policy").value()));
            assertThat(policies).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "catalogue.events", "compact",
                    "referral.events", "delete",
                    "readiness.events", "delete",
                    "contact-log.events", "delete"));
        }
    }

    @Test
    void creates_a_dead_letter_topic_of_one_partition_for_every_consuming_channel() throws Exception {
        try (Admin admin = infrastructure.kafka().admin()) {
            Map<String, Integer> partitions = new TreeMap<>();
            admin.describeTopics(Topics.DEAD_LETTERS.stream().map(Topics.Topic::name).toList()).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((name, description) -> partitions.put(name, description.partitions().size()));
            assertThat(partitions).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "catalogue.events.referral-service.dlq", 1,
                    "readiness.events.referral-service.dlq", 1,
                    "referral.events.readiness-service.dlq", 1,
                    "readiness.events.contact-log-service.dlq", 1));
        }
    }

    @Test
    void a_topic_kept_from_an_earlier_run_takes_the_settings_it_would_be_created_with() throws Exception {
        infrastructure.kafka().ensureTopics(Map.of("kept.events", Map.of()), 1);
        infrastructure.kafka().ensureTopics(Map.of("kept.events", Map.of("cleanup.policy", "compact")), 1);
        try (Admin admin = infrastructure.kafka().admin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "kept.events");
            Config config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void delivers_a_record_through_the_broker_in_key_order() {
        String bootstrap = infrastructure.kafka().bootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>("catalogue.events", "X123456", "event-" + i));
            }
            producer.flush();
        }
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "local-infra-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("catalogue.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.size() < 5 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
        }
        assertThat(received).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
    }
}
