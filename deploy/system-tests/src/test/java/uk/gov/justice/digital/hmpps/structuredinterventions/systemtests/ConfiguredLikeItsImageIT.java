package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;
import uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment.Kustomize;
import uk.gov.justice.digital.hmpps.structuredinterventions.systemtests.deployment.MonitoredMetrics;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;

/**
 * The four packaged services started as their container images and the Kubernetes manifests start them: in the prod
 * profile, configured only by the environment variables of the deployment contract (docs/operations.md), from a
 * working directory standing for the image's {@code /deployments} with a mounted {@code config/application.properties}.
 * Each answers on the paths the probes and the ServiceMonitor use, logs JSON, and takes its public base URL from
 * its environment and settings from the mounted file; and it exposes every metric the alerts and dashboards use.
 */
class ConfiguredLikeItsImageIT {

    private static final Path REPOSITORY = CatalogueAndReferral.REPOSITORY;
    private static final String MOUNTED_TOPIC_SUFFIX = ".from-mounted-config";

    private static LocalInfrastructure infrastructure;
    private static final Map<ServiceProcess.Service, ServiceProcess> RUNNING = new HashMap<>();

    @BeforeAll
    static void start(@TempDir Path deployments) throws IOException {
        infrastructure = LocalInfrastructure.startTemporary();
        for (ServiceProcess.Service service : ServiceProcess.ALL) {
            Path workingDirectory = Files.createDirectories(deployments.resolve(service.name()).resolve("config")).getParent();
            // What ops mount from the service's <service>-kafka-client Secret; here, a setting that shows.
            Files.writeString(workingDirectory.resolve("config/application.properties"),
                    service.configPrefix() + ".events-topic=" + topicOf(service) + MOUNTED_TOPIC_SUFFIX + "\n");
            RUNNING.put(service, ServiceProcess.startLikeItsImage(REPOSITORY, service, environment(service), workingDirectory,
                    REPOSITORY.resolve("deploy/system-tests/target/service-logs/as-image")));
        }
        RUNNING.values().forEach(service -> service.awaitReady(Duration.ofMinutes(3)));
    }

    @AfterAll
    static void stop() {
        RUNNING.values().forEach(ServiceProcess::close);
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Test
    void every_service_answers_on_the_probe_and_metrics_paths_and_logs_json() throws Exception {
        for (ServiceProcess service : RUNNING.values()) {
            for (String path : List.of("/q/health/started", "/q/health/live", "/q/health/ready", "/q/metrics")) {
                HttpResponse<String> response = CatalogueAndReferral.HTTP.send(
                        HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(service.service().name() + path).isEqualTo(200);
            }
            List<String> lines = Files.readAllLines(service.log()).stream().filter(line -> !line.isBlank()).toList();
            assertThat(lines).as(service.service().name() + " logs one JSON object a line in the prod profile")
                    .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        }
    }

    @Test
    void catalogue_service_announces_its_seed_with_its_public_base_url_on_the_topic_from_the_mounted_file() {
        ServiceProcess.Service catalogue = ServiceProcess.CATALOGUE;
        CatalogueAndReferral.await("catalogue-service has announced its seed", () -> !"0".equals(
                query(catalogue, "SELECT count(*)::text FROM outbox_event")));
        assertThat(query(catalogue, "SELECT string_agg(DISTINCT topic, ',') FROM outbox_event"))
                .isEqualTo("catalogue.events" + MOUNTED_TOPIC_SUFFIX);
        assertThat(query(catalogue, "SELECT bool_and(payload->>'detailUrl' LIKE 'https://catalogue.example.test/%')::text"
                + " FROM outbox_event")).isEqualTo("true");
        try {
            CatalogueAndReferral.await("the relay has published the seed to that topic", () -> "0".equals(
                    query(catalogue, "SELECT count(*)::text FROM outbox_event WHERE published_at IS NULL")));
        } catch (AssertionError notPublished) {
            throw new AssertionError(notPublished.getMessage() + "; catalogue-service warned:\n"
                    + warningsOf(RUNNING.get(catalogue)), notPublished);
        }
    }

    /** The service's WARN and ERROR log lines, for a failure to say what the service saw. */
    private static String warningsOf(ServiceProcess service) {
        try {
            return String.join("\n", Files.readAllLines(service.log()).stream()
                    .filter(line -> line.contains("\"level\":\"WARN\"") || line.contains("\"level\":\"ERROR\""))
                    .map(line -> line.length() > 2000 ? line.substring(0, 2000) : line)
                    .toList());
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Test
    void readiness_service_takes_its_public_base_url_from_readiness_base_url() {
        ServiceProcess readiness = RUNNING.get(ServiceProcess.READINESS);
        String token = LocalTokens.token("JO_PRACTITIONER", List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));
        HttpResponse<String> introduced = CatalogueAndReferral.call("POST",
                readiness.baseUrl() + "/people/R123456/readiness/introduction", token, """
                {"session": {"date": "%s", "startTime": "10:00", "endTime": "11:00"},
                 "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"},
                 "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                 "exercisesOverviewed": ["INTRODUCTORY_VIDEO", "GETTING_READY", "WORKING_WITH_PROBATION_FROM_HOME",
                 "CONDITIONS_OF_SUCCESS"], "paperCopyGiven": false, "suitableDevice": true}"""
                .formatted(LocalDate.now(ZoneId.of("Europe/London"))), Map.of());
        assertThat(introduced.statusCode()).as(introduced.body()).isEqualTo(201);
        assertThat(query(ServiceProcess.READINESS, "SELECT topic || ' ' || (payload->>'detailUrl') FROM outbox_event"
                + " WHERE event_type = 'structured-interventions.readiness.module-introduced'"))
                .startsWith("readiness.events" + MOUNTED_TOPIC_SUFFIX + " https://readiness.example.test/people/R123456/readiness");
    }

    @Test
    void contact_log_service_takes_its_public_base_url_from_contact_log_base_url() {
        ServiceProcess contactLog = RUNNING.get(ServiceProcess.CONTACT_LOG);
        String token = LocalTokens.token("JO_PRACTITIONER", List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));
        HttpResponse<String> recorded = CatalogueAndReferral.call("POST", contactLog.baseUrl() + "/contacts", token, """
                {"crn": "C123456", "type": "OTHER_REHABILITATIVE_ACTIVITY", "date": "%s", "startTime": "10:00",
                 "endTime": "11:00", "deliveredBy": {"name": "Jo Practitioner", "role": "PROBATION_PRACTITIONER"}}"""
                .formatted(LocalDate.now(ZoneId.of("Europe/London"))), Map.of());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(query(ServiceProcess.CONTACT_LOG, "SELECT topic || ' ' || (payload->>'detailUrl') FROM outbox_event"
                + " WHERE event_type = 'structured-interventions.contact.recorded'"))
                .startsWith("contact-log.events" + MOUNTED_TOPIC_SUFFIX + " https://contact-log.example.test/contacts/");
    }

    /**
     * Every metric the alerts (the PrometheusRule) and the Grafana dashboards of every overlay use is on the services'
     * {@code /q/metrics}, named as Prometheus stores it; a service's own dashboard finds its metrics on that service.
     * What a service registers only on first use is used first: a request (the HTTP timer), and an event of a type no
     * consumer acts on, on each topic the services consume (the handled counter, the consumers' per-partition lag).
     */
    @Test
    void every_metric_the_alerts_and_dashboards_use_is_exposed_by_the_running_services() throws Exception {
        Assumptions.assumeTrue(Kustomize.available(), Kustomize.NO_KUBECTL + " are skipped");
        for (ServiceProcess service : RUNNING.values()) {
            CatalogueAndReferral.HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/interventions")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (String topic : List.of("catalogue.events", "referral.events", "readiness.events")) {
                ProducerRecord<String, String> probe = new ProducerRecord<>(topic, "monitoring-probe", "{}");
                Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                        "ce_type", "structured-interventions.monitoring.probed", "ce_source", "urn:system-tests",
                        "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json")
                        .forEach((name, value) -> probe.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(probe).get();
            }
        }
        List<String> services = ServiceProcess.ALL.stream().map(ServiceProcess.Service::name).toList();
        List<MonitoredMetrics.Query> queries = new ArrayList<>();
        for (String overlay : Kustomize.overlays()) {
            MonitoredMetrics.queries(Kustomize.rendered(overlay), services).forEach(query -> queries.add(
                    new MonitoredMetrics.Query(overlay + ": " + query.where(), query.expression(), query.service())));
        }
        assertThat(queries).extracting(MonitoredMetrics.Query::where).anyMatch(where -> where.contains("alert "))
                .anyMatch(where -> where.contains("dashboard journey.json panel"));

        // Micrometer picks up the Kafka clients' new metrics once a minute.
        List<String> unexposed = List.of();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        do {
            Map<String, Set<String>> exposed = new HashMap<>();
            for (ServiceProcess service : RUNNING.values()) {
                HttpResponse<String> page = CatalogueAndReferral.HTTP.send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                exposed.put(service.service().name(), MonitoredMetrics.exposed(page.body()));
            }
            unexposed = MonitoredMetrics.unexposed(queries, exposed).stream().distinct().toList();
            if (!unexposed.isEmpty()) {
                Thread.sleep(5_000);
            }
        } while (!unexposed.isEmpty() && System.nanoTime() < deadline);
        assertThat(unexposed).as("metrics the alerts and dashboards use that the services do not expose").isEmpty();
    }

    /** The deployment contract's variables, as a ConfigMap and the database Secret would set them. */
    private static Map<String, String> environment(ServiceProcess.Service service) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(CatalogueAndReferral.freePort()));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.postgres().jdbcUrl(service.database()));
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
        environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "local-auth/public-key.pem");
        environment.put("MP_JWT_VERIFY_ISSUER", LocalTokens.ISSUER);
        environment.put(service.baseUrlVariable(),
                "https://" + service.configPrefix() + ".example.test");
        environment.put("STRUCTURED_INTERVENTIONS_OUTBOX_POLL_INTERVAL", "0.2s");
        return environment;
    }

    private static String topicOf(ServiceProcess.Service service) {
        return service.configPrefix() + ".events";
    }

    private static String query(ServiceProcess.Service service, String sql) {
        return CatalogueAndReferral.query(infrastructure, service.database(), sql);
    }
}
