package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;

/**
 * catalogue-service and referral-service as packaged, each in its own process, on a throw-away PostgreSQL and Kafka;
 * and the calls system tests make on them.
 */
abstract class CatalogueAndReferral {

    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN = LocalTokens.token("CATALOGUE_ADMIN_USER",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__CATALOGUE_ADMIN"));
    static final String DIRECTOR = LocalTokens.token("A_DIRECTOR",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__REGIONAL_PROBATION_DIRECTOR"));
    static final String PRACTITIONER = LocalTokens.token("A_PRACTITIONER",
            List.of("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER"));

    static LocalInfrastructure infrastructure;
    /** The OTLP collector the services export every span to, as a deployment's would. */
    static OtlpTraceReceiver traces;
    static ServiceProcess catalogue;
    static ServiceProcess referral;

    @BeforeAll
    static void start() {
        traces = OtlpTraceReceiver.start();
        infrastructure = LocalInfrastructure.startTemporary();
        catalogue = start(ServiceProcess.CATALOGUE);
        referral = start(ServiceProcess.REFERRAL);
        catalogue.awaitReady(Duration.ofMinutes(2));
        referral.awaitReady(Duration.ofMinutes(2));
    }

    /**
     * Starts a packaged service in its own process, its outbox relay polling fast; await it with awaitReady. Its
     * consumers' sessions time out after 6 seconds (the broker's least), so a member killed by a test is replaced
     * without waiting out the 45-second default. It logs JSON, as in production, with the kit's outbox and inbox at
     * DEBUG (a line for each event written, sent and handled), and samples and exports every span to {@link #traces}
     * over OTLP/HTTP.
     */
    static ServiceProcess start(ServiceProcess.Service service) {
        return start(service, Map.of());
    }

    /** As {@link #start(ServiceProcess.Service)}, with more settings. */
    static ServiceProcess start(ServiceProcess.Service service, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(Map.of("structured-interventions.outbox.poll-interval", "0.2s",
                "mp.messaging.connector.smallrye-kafka.session.timeout.ms", "6000",
                "mp.messaging.connector.smallrye-kafka.heartbeat.interval.ms", "1000"));
        settings.putAll(Map.of("quarkus.log.console.json.enabled", "true",
                "quarkus.log.category.\"uk.gov.justice.digital.hmpps.structuredinterventions.servicekit\".level", "DEBUG",
                "quarkus.otel.traces.sampler.arg", "1.0",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint(),
                "quarkus.otel.bsp.schedule.delay", "100ms"));
        settings.putAll(more);
        return ServiceProcess.start(REPOSITORY, service, freePort(), infrastructure,
                REPOSITORY.resolve("deploy/system-tests/target/service-logs"), settings);
    }

    @AfterAll
    static void stop() {
        if (referral != null) {
            referral.close();
        }
        if (catalogue != null) {
            catalogue.close();
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
        if (traces != null) {
            traces.close();
        }
    }

    static HttpResponse<String> call(String method, String url, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String query(String database, String sql) {
        return query(infrastructure, database, sql);
    }

    /** The first column of the first row the query answers, as text, or null when there is none. */
    static String query(LocalInfrastructure infrastructure, String database, String sql) {
        try (Connection connection = DriverManager.getConnection(infrastructure.postgres().jdbcUrl(database),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Waits until the condition holds, as long as a stack of containers may take to settle. */
    static void await(String what, BooleanSupplier condition) {
        Eventually.until(what, Duration.ofSeconds(90), condition);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
