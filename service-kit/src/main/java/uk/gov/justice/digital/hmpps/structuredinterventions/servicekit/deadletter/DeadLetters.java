package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.CloudEventHeaders;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/**
 * Lists a consumer's dead-letter topic and replays its records onto the topic they were read from, for operators
 * (docs/operations.md, "Dead-letter handling"). A channel is one of the service's {@code smallrye-kafka} incoming
 * channels whose failure strategy is {@code dead-letter-queue}; its dead-letter topic is its
 * {@code dead-letter-queue.topic} (the connector's default, {@code dead-letter-topic-<channel>}, when none is set).
 *
 * <p>Reading uses a short-lived consumer that is assigned the partitions and seeks: it joins no group and commits
 * nothing, so it moves no consumer's position. Both it and the replaying producer connect as the connector does: the
 * service's {@code kafka.*} connection and security settings ({@code bootstrap.servers}, {@code security.protocol},
 * {@code sasl.*}, {@code ssl.*}), overridden by the channel's own where it sets them.
 *
 * <p>A replay publishes the record to its original topic (its {@code dead-letter-topic} header, which must be the
 * channel's topic) with the same key, value and headers, the {@code dead-letter-*} headers dropped. The event keeps its
 * {@code ce_id}, so the inbox applies it once: a consumer that already handled it counts a duplicate and does nothing.
 * Every replay is logged with who asked for it and audited ({@code REPLAY_DEAD_LETTER}, about the CRN when the key is
 * one). Neither a listing nor a log line shows a record's key or value.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** The audit action of a replayed record. */
    public static final String REPLAYED = "REPLAY_DEAD_LETTER";

    static final String DEAD_LETTER_PREFIX = "dead-letter-";
    static final String TOPIC_HEADER = "dead-letter-topic";
    static final String PARTITION_HEADER = "dead-letter-partition";
    static final String OFFSET_HEADER = "dead-letter-offset";
    static final String REASON_HEADER = "dead-letter-reason";
    static final String EXCEPTION_HEADER = "dead-letter-exception-class-name";
    static final String CAUSE_CLASS_HEADER = "dead-letter-cause-class-name";

    private static final String INCOMING = "mp.messaging.incoming.";
    private static final String CONNECTOR = "smallrye-kafka";
    private static final String DEAD_LETTER_QUEUE = "dead-letter-queue";
    private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern CRN = Pattern.compile("[A-Z][0-9]{6}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int MOST_REASON = 300;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A consumer's channel: the topic it reads and the topic its failures go to. */
    public record Channel(String name, String topic, String deadLetterTopic) {
    }

    private final Config config;
    private final Map<String, Object> kafkaConfig;
    private final String applicationName;
    private final Audit audit;
    private final Instance<CurrentUser> currentUser;

    @Inject
    DeadLetters(Config config, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName, Audit audit,
            Instance<CurrentUser> currentUser) {
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.applicationName = applicationName;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** The channel of that name, when it is a Kafka channel that dead-letters its failures. */
    public Optional<Channel> channel(String name) {
        if (name == null || !CHANNEL_NAME.matcher(name).matches()
                || !CONNECTOR.equals(setting(name, "connector").orElse(null))) {
            return Optional.empty();
        }
        String strategy = setting(name, "failure-strategy")
                .or(() -> config.getOptionalValue("mp.messaging.connector." + CONNECTOR + ".failure-strategy",
                        String.class))
                .orElse("fail");
        if (!DEAD_LETTER_QUEUE.equals(strategy)) {
            return Optional.empty();
        }
        return Optional.of(new Channel(name, setting(name, "topic").orElse(name),
                setting(name, "dead-letter-queue.topic").orElse("dead-letter-topic-" + name)));
    }

    /**
     * A page of the channel's dead-letter records, in partition then offset order, oldest first.
     *
     * @throws ProblemException 404 for a channel the service does not have
     */
    public Page<DeadLetter> list(String channelName, int page, int size) {
        Channel channel = require(channelName);
        try (Consumer<byte[], byte[]> consumer = consumer(channel)) {
            List<TopicPartition> partitions = partitions(consumer, channel.deadLetterTopic());
            if (partitions.isEmpty()) {
                return Page.of(List.of(), page, size, 0);
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long total = partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
            long from = (long) page * size;
            List<DeadLetter> content = new ArrayList<>();
            long before = 0;
            for (TopicPartition partition : partitions) {
                long held = end.get(partition) - begin.get(partition);
                if (content.size() >= size) {
                    break;
                }
                if (from < before + held) {
                    long start = begin.get(partition) + Math.max(0, from - before);
                    read(consumer, partition, start, end.get(partition), size - content.size())
                            .forEach(record -> content.add(view(channel, record)));
                }
                before += held;
            }
            return Page.of(content, page, size, total);
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    /**
     * Replays the records the request names onto the topic they were read from, once each, and audits each replay.
     *
     * @throws ProblemException 404 for a channel, partition or offset the dead-letter topic does not have; 400 for a
     *         range that runs backwards or is too long; 422 when a record names no original topic, another topic than
     *         the channel's, or carries no event id; 503 when Kafka does not answer
     */
    public Replayed replay(String channelName, ReplayRequest request) {
        Channel channel = require(channelName);
        long first = request.offset();
        long last = request.last();
        if (last < first) {
            throw ProblemException.badRequest("lastOffset", "must not be before offset");
        }
        if (last - first >= ReplayRequest.MOST_RECORDS) {
            throw ProblemException.badRequest("lastOffset",
                    "must be at most " + (ReplayRequest.MOST_RECORDS - 1) + " after offset");
        }
        List<ConsumerRecord<byte[], byte[]>> records = take(channel, request.partition().intValue(), first, last);
        List<FieldError> broken = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String why = whyNotReplayable(channel, record);
            if (why != null) {
                broken.add(new FieldError(request.lastOffset() == null ? "offset" : "lastOffset",
                        "the record at offset " + record.offset() + " " + why));
            }
        }
        ProblemException.throwIfBroken("The dead-letter records cannot be replayed", broken);
        return publish(channel, records);
    }

    private List<ConsumerRecord<byte[], byte[]>> take(Channel channel, int partitionNumber, long first, long last) {
        try (Consumer<byte[], byte[]> consumer = consumer(channel)) {
            TopicPartition partition = new TopicPartition(channel.deadLetterTopic(), partitionNumber);
            if (!partitions(consumer, channel.deadLetterTopic()).contains(partition)) {
                throw ProblemException.notFound("Dead-letter record");
            }
            long begin = consumer.beginningOffsets(List.of(partition), TIMEOUT).get(partition);
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            if (first < begin || first >= end) {
                throw ProblemException.notFound("Dead-letter record");
            }
            List<ConsumerRecord<byte[], byte[]>> records = read(consumer, partition, first, Math.min(end, last + 1),
                    (int) (last - first + 1));
            if (records.isEmpty() || records.get(0).offset() != first) {
                throw ProblemException.notFound("Dead-letter record");
            }
            return records;
        } catch (KafkaException e) {
            throw unavailable(e);
        }
    }

    private Replayed publish(Channel channel, List<ConsumerRecord<byte[], byte[]>> records) {
        String who = who();
        List<ReplayedRecord> replayed = new ArrayList<>();
        List<String> crns = new ArrayList<>();
        try (Producer<byte[], byte[]> producer = producer()) {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                RecordHeaders headers = new RecordHeaders();
                for (Header header : record.headers()) {
                    if (!header.key().startsWith(DEAD_LETTER_PREFIX)) {
                        headers.add(header.key(), header.value());
                    }
                }
                // No partition: the key places it, as it placed the original, so one person's events stay together.
                ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(channel.topic(), null, record.key(),
                        record.value(), headers);
                RecordMetadata sent = producer.send(out).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                String eventId = header(record, CloudEventHeaders.ID);
                String eventType = header(record, CloudEventHeaders.TYPE);
                replayed.add(new ReplayedRecord(record.partition(), record.offset(), eventId, eventType, sent.topic(),
                        sent.partition(), sent.offset()));
                crns.add(crnOf(record));
                LOG.infof("%s replayed dead-letter record %s-%d@%d (event %s, %s) onto %s-%d@%d", who,
                        record.topic(), record.partition(), record.offset(), eventId, eventType, sent.topic(),
                        sent.partition(), sent.offset());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            audited(replayed, crns);
            throw unavailable(e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            audited(replayed, crns);
            throw unavailable(e);
        }
        audited(replayed, crns);
        return new Replayed(channel.name(), channel.deadLetterTopic(), replayed);
    }

    /** One audit record per record replayed (those sent before a failure too), in a transaction of its own. */
    private void audited(List<ReplayedRecord> replayed, List<String> crns) {
        if (replayed.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < replayed.size(); i++) {
                String crn = crns.get(i);
                String eventId = replayed.get(i).eventId();
                audit.changed(REPLAYED, replayed.get(i), record -> crn,
                        eventId != null && IDENTIFIER.matcher(eventId).matches() ? eventId : null);
            }
        });
    }

    private Channel require(String channelName) {
        return channel(channelName).orElseThrow(() -> ProblemException.notFound("Dead-letter channel"));
    }

    /** Why the record cannot be replayed onto the channel's topic, or {@code null} when it can. */
    static String whyNotReplayable(Channel channel, ConsumerRecord<?, ?> record) {
        String topic = header(record, TOPIC_HEADER);
        if (topic == null || topic.isBlank()) {
            return "has no dead-letter-topic header: where it was read from is not known";
        }
        if (!topic.equals(channel.topic())) {
            return "was read from another topic than the channel's";
        }
        String id = header(record, CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            return "has no ce_id: the inbox could not tell a replay from a new event";
        }
        return null;
    }

    static DeadLetter view(Channel channel, ConsumerRecord<?, ?> record) {
        return new DeadLetter(record.partition(), record.offset(),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                header(record, CloudEventHeaders.ID), header(record, CloudEventHeaders.TYPE),
                header(record, CloudEventHeaders.SOURCE), header(record, CloudEventHeaders.TIME),
                header(record, TOPIC_HEADER), number(header(record, PARTITION_HEADER), Integer::valueOf),
                number(header(record, OFFSET_HEADER), Long::valueOf), masked(header(record, REASON_HEADER)),
                header(record, EXCEPTION_HEADER), header(record, CAUSE_CLASS_HEADER),
                whyNotReplayable(channel, record) == null);
    }

    /**
     * The reason without what may name the person: an exception's message can quote a value of the event (Jackson's
     * do), and a handler's can name the CRN. Quoted text and CRN-shaped words are masked, control characters dropped.
     */
    static String masked(String reason) {
        if (reason == null) {
            return null;
        }
        String masked = reason.replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("'[^']*'", "'…'")
                .replaceAll("\\b[A-Z][0-9]{6}\\b", "[CRN]")
                .replaceAll("\\p{Cntrl}", " ");
        return masked.length() <= MOST_REASON ? masked : masked.substring(0, MOST_REASON - 1) + "…";
    }

    private static String crnOf(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return null;
        }
        String key = new String(record.key(), StandardCharsets.UTF_8);
        return CRN.matcher(key).matches() ? key : null;
    }

    private static <T> T number(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(Consumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        if (infos == null) {
            return List.of();
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** Up to {@code most} records of the partition from {@code start}, stopping before {@code end}. */
    private static List<ConsumerRecord<byte[], byte[]>> read(Consumer<byte[], byte[]> consumer,
            TopicPartition partition, long start, long end, int most) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        consumer.assign(List.of(partition));
        consumer.seek(partition, start);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (records.size() < most && consumer.position(partition, TIMEOUT) < end) {
            if (System.nanoTime() > deadline) {
                throw new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not answer in time; try again");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                if (record.offset() < end && records.size() < most) {
                    records.add(record);
                }
            }
        }
        return records;
    }

    private Consumer<byte[], byte[]> consumer(Channel channel) {
        Map<String, Object> settings = clientSettings(channel);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letters");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, ReplayRequest.MOST_RECORDS);
        settings.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Producer<byte[], byte[]> producer() {
        Map<String, Object> settings = clientSettings(null);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-dead-letter-replay");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, TIMEOUT.toMillis());
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The service's connection and security settings, and the channel's own where it sets them. */
    private Map<String, Object> clientSettings(Channel channel) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((name, value) -> {
            if (isConnectionSetting(name)) {
                settings.put(name, value);
            }
        });
        if (channel != null) {
            String prefix = INCOMING + channel.name() + ".";
            for (String property : config.getPropertyNames()) {
                if (property.startsWith(prefix) && isConnectionSetting(property.substring(prefix.length()))) {
                    config.getOptionalValue(property, String.class)
                            .ifPresent(value -> settings.put(property.substring(prefix.length()), value));
                }
            }
        }
        return settings;
    }

    private static boolean isConnectionSetting(String name) {
        return name.equals("bootstrap.servers") || name.equals("client.dns.lookup")
                || name.equals("security.protocol") || name.startsWith("sasl.") || name.startsWith("ssl.");
    }

    private Optional<String> setting(String channel, String name) {
        return config.getOptionalValue(INCOMING + channel + "." + name, String.class).filter(value -> !value.isBlank());
    }

    private String who() {
        try {
            return currentUser.isResolvable() ? currentUser.get().userName() : Audit.SYSTEM;
        } catch (RuntimeException e) {
            return Audit.SYSTEM;
        }
    }

    private static ProblemException unavailable(Exception e) {
        LOG.warnf("Kafka did not answer a dead-letter request: %s", e.toString());
        return new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not answer in time; try again");
    }
}
