package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.LocalInfrastructure;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.PostgresServer;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.stack.ServiceProcess;

/**
 * The whole event path across two real processes: a change in catalogue-service, written with its outbox, crosses
 * the real Kafka broker and is applied exactly once by referral-service's consumer.
 */
class CatalogueToReferralIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "../..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalInfrastructure infrastructure;
    private static ServiceProcess catalogue;
    private static ServiceProcess referral;

    @BeforeAll
    static void start() {
        infrastructure = LocalInfrastructure.startTemporary();
        Path logs = REPOSITORY.resolve("deploy/system-tests/target/service-logs");
        Map<String, String> fast = Map.of("structured-interventions.outbox.poll-interval", "0.2s");
        catalogue = ServiceProcess.start(REPOSITORY, ServiceProcess.CATALOGUE, freePort(), infrastructure, logs, fast);
        referral = ServiceProcess.start(REPOSITORY, ServiceProcess.REFERRAL, freePort(), infrastructure, logs, fast);
        catalogue.awaitReady(Duration.ofMinutes(2));
        referral.awaitReady(Duration.ofMinutes(2));
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
    }

    @Test
    void a_catalogue_change_reaches_the_referral_read_model_exactly_once() throws Exception {
        String admin = LocalTokens.token("CATALOGUE_ADMIN_USER", List.of("ROLE_STRUCTURED_INTERVENTIONS__CATALOGUE_ADMIN"));
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(catalogue.baseUrl() + "/need-areas/ATB"))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> revised = HTTP.send(HttpRequest.newBuilder(URI.create(catalogue.baseUrl() + "/need-areas/ATB"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Attitudes, Thinking and Behaviour",
                         "description": "Revised in a system test.",
                         "focusAreas": ["making decisions", "solving problems", "achieving their goals"]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String focusAreas = null;
        while (focusAreas == null && System.nanoTime() < deadline) {
            focusAreas = query("referral", "SELECT focus_areas::text FROM catalogue_need_area WHERE code = 'ATB'");
            if (focusAreas == null) {
                Thread.sleep(250);
            }
        }
        assertThat(focusAreas).as("referral-service's copy of ATB").isNotNull().contains("achieving their goals");

        String eventId = query("catalogue", "SELECT id::text FROM outbox_event WHERE event_key = 'ATB' AND published_at IS NOT NULL");
        assertThat(eventId).as("the event left catalogue-service through its outbox").isNotNull();
        Thread.sleep(2_000);
        assertThat(query("referral", "SELECT count(*)::text FROM inbox_event WHERE event_id = '" + eventId + "'"))
                .as("referral-service handled the event once").isEqualTo("1");
        assertThat(catalogue.isAlive()).isTrue();
        assertThat(referral.isAlive()).isTrue();
    }

    private static String query(String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(infrastructure.postgres().jdbcUrl(database),
                PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
