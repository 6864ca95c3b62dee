package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker, started in this JVM in KRaft mode (one node acting as broker and controller). The
 * broker comes from the same Kafka release as the clients the services use, so the two never drift.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;

    private KafkaBroker(KafkaRaftServer server, int port, Path logDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts a broker.
     *
     * @param logDirectory where the log lives; {@code null} for a throw-away log
     * @param port the client port; 0 for any free port
     */
    public static KafkaBroker start(Path logDirectory, int port) {
        try {
            boolean temporary = logDirectory == null;
            Path directory = temporary ? Files.createTempDirectory("structured-interventions-kafka") : logDirectory;
            Files.createDirectories(directory);
            int clientPort = port > 0 ? port : freePort();
            int controllerPort = freePort();
            KafkaConfig config = new KafkaConfig(properties(directory, clientPort, controllerPort), false);
            format(directory, config);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            KafkaBroker broker = new KafkaBroker(server, clientPort, directory, temporary);
            broker.awaitReady();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start: " + e.getMessage(), e);
        }
    }

    private static Properties properties(Path directory, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listeners", "PLAINTEXT://localhost:" + clientPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", directory.toString());
        // one node: every internal topic has a single replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("auto.create.topics.enable", "true");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    /** Formats a new log directory, as {@code kafka-storage format} does; a formatted one is left as it is. */
    private static void format(Path directory, KafkaConfig config) {
        if (Files.exists(directory.resolve("meta.properties"))) {
            return;
        }
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(directory.toString())
                    .setDirectories(Set.of(directory.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format the Kafka log directory " + directory + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Kafka started but did not answer: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Creates the topics that do not exist yet, each with its settings, the given partitions and one replica. */
    public void ensureTopics(Map<String, Map<String, String>> topics, int partitions) {
        ensureTopics(topics.entrySet().stream()
                .map(topic -> new Topics.Topic(topic.getKey(), partitions, topic.getValue())).toList());
    }

    /**
     * Creates the topics that do not exist yet, each with its partitions, its settings and one replica. A topic kept
     * from an earlier run takes the settings, and gains the partitions, it would be created with now.
     */
    public void ensureTopics(List<Topics.Topic> topics) {
        try (Admin admin = admin()) {
            for (Topics.Topic topic : topics) {
                try {
                    NewTopic newTopic = new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.settings());
                    admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + topic.name(), e.getCause());
                    }
                    alignSettings(admin, topic.name(), topic.settings());
                    alignPartitions(admin, topic);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create topics in time", e);
        }
    }

    /** The partitions of each topic that exists, by name. */
    public Map<String, Integer> partitions(java.util.Collection<String> topics) {
        try (Admin admin = admin()) {
            Map<String, Integer> partitions = new java.util.TreeMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS)
                    .forEach((name, description) -> partitions.put(name, description.partitions().size()));
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not describe the topics " + topics, e);
        }
    }

    /** A topic kept from an earlier run with fewer partitions than it would be created with gains the rest. */
    private static void alignPartitions(Admin admin, Topics.Topic topic)
            throws InterruptedException, java.util.concurrent.TimeoutException {
        try {
            int existing = admin.describeTopics(List.of(topic.name())).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic.name()).partitions().size();
            if (existing < topic.partitions()) {
                admin.createPartitions(Map.of(topic.name(), NewPartitions.increaseTo(topic.partitions())))
                        .all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not add partitions to topic " + topic.name(), e.getCause());
        }
    }

    /** A topic kept from an earlier run takes the settings it would be created with now (compaction, say). */
    private static void alignSettings(Admin admin, String topic, Map<String, String> settings)
            throws InterruptedException, java.util.concurrent.TimeoutException {
        if (settings.isEmpty()) {
            return;
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        List<AlterConfigOp> changes = settings.entrySet().stream()
                .map(setting -> new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()),
                        AlterConfigOp.OpType.SET))
                .toList();
        try {
            admin.incrementalAlterConfigs(Map.of(resource, changes)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not change the settings of topic " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            Directories.deleteQuietly(logDirectory);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
