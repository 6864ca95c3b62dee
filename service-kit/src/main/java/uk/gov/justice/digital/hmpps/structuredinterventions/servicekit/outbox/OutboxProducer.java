package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * The Kafka producer the relay publishes with: idempotent, {@code acks=all}, at most five requests in flight (which
 * idempotence keeps in order), no linger. Connection and security settings come from the {@code kafka.*}
 * configuration shared with the consumers.
 */
@ApplicationScoped
public class OutboxProducer {

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private final Duration sendTimeout;
    private final MeterRegistry registry;
    private Producer<String, String> producer;
    private KafkaClientMetrics metrics;

    @Inject
    OutboxProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, ServiceKitConfig config,
            MeterRegistry registry) {
        this.registry = registry;
        this.kafkaConfig = kafkaConfig;
        this.clientId = applicationName + "-outbox-relay";
        this.sendTimeout = config.outbox().sendTimeout();
    }

    synchronized Producer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>();
            kafkaConfig.forEach((name, value) -> {
                if (ProducerConfig.configNames().contains(name) || name.startsWith("sasl.") || name.startsWith("ssl.")) {
                    settings.put(name, value);
                }
            });
            settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), Integer.MAX_VALUE));
            settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(sendTimeout.toMillis(), Integer.MAX_VALUE));
            settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout.toMillis());
            producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
            // The Kafka client's own metrics (kafka_producer_*, client_id <service>-outbox-relay), as the connector's are.
            metrics = new KafkaClientMetrics(producer);
            metrics.bindTo(registry);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (metrics != null) {
            metrics.close();
            metrics = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
