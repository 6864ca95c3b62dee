package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Eventually;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.FrozenPostgres;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;

/**
 * A database that stops answering (the real PostgreSQL, frozen with SIGSTOP) fails requests fast with 503 and
 * readiness DOWN, and liveness keeps answering. The kit's defaults: socket timeout 5 s, health timeout 1 s.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class FailFastTest {

    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration HEALTH_ANSWER = Duration.ofSeconds(2);

    @Nested
    class When_the_database_is_frozen {

        @Test
        void a_request_that_needs_it_is_answered_503_with_retry_after_within_the_timeout() {
            given().post("/examples/database").then().statusCode(200);
            Response answer;
            long took;
            try (FrozenPostgres frozen = FrozenPostgres.freeze()) {
                assertThat(frozen.processes()).isPositive();
                long start = System.nanoTime();
                answer = given().post("/examples/database");
                took = System.nanoTime() - start;
            }
            answer.then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:hmpps:structured-interventions:problem:unavailable"))
                    .body("status", equalTo(503))
                    .body("developerMessage", startsWith("Not answering: the database"));
            assertThat(Duration.ofNanos(took)).isLessThan(SOCKET_TIMEOUT.plusSeconds(1));
            Eventually.until("the database answers again",
                    () -> given().post("/examples/database").statusCode() == 200);
        }

        @Test
        void readiness_answers_down_with_the_reason_and_liveness_up_within_two_seconds() {
            Response ready;
            Response live;
            long readyTook;
            long liveTook;
            try (FrozenPostgres frozen = FrozenPostgres.freeze()) {
                long start = System.nanoTime();
                ready = given().get("/q/health/ready");
                readyTook = System.nanoTime() - start;
                start = System.nanoTime();
                live = given().get("/q/health/live");
                liveTook = System.nanoTime() - start;
            }
            ready.then()
                    .statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Dependencies' }.data.database", startsWith("DOWN"))
                    .body("checks.find { it.name == 'Dependencies' }.data.kafka", equalTo("UP"));
            live.then().statusCode(200).body("status", equalTo("UP"));
            assertThat(Duration.ofNanos(readyTook)).isLessThan(HEALTH_ANSWER);
            assertThat(Duration.ofNanos(liveTook)).isLessThan(HEALTH_ANSWER);
            Eventually.until("readiness is UP again", () -> given().get("/q/health/ready").statusCode() == 200);
        }
    }

    @Nested
    class Every_session {

        @Test
        void runs_under_the_kits_statement_and_lock_timeouts() {
            given().get("/examples/database/settings/statement_timeout").then().statusCode(200).body(equalTo("4s"));
            given().get("/examples/database/settings/lock_timeout").then().statusCode(200).body(equalTo("2s"));
        }
    }

    @Nested
    class When_everything_answers {

        @Test
        void readiness_is_up_and_names_each_dependency() {
            given().get("/q/health/ready").then()
                    .statusCode(200)
                    .body("checks.find { it.name == 'Dependencies' }.data.database", equalTo("UP"))
                    .body("checks.find { it.name == 'Dependencies' }.data.kafka", equalTo("UP"));
        }
    }
}
