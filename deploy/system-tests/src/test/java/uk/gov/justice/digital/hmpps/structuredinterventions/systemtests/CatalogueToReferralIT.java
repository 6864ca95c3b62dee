package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole event path across two real processes: a change in catalogue-service, written with its outbox, crosses
 * the real Kafka broker and is applied exactly once by referral-service's consumer.
 */
class CatalogueToReferralIT extends CatalogueAndReferral {

    @Test
    void a_catalogue_change_reaches_the_referral_read_model_exactly_once() throws Exception {
        HttpResponse<String> read = call("GET", catalogue.baseUrl() + "/need-areas/ATB", ADMIN, null, Map.of());
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> revised = call("PUT", catalogue.baseUrl() + "/need-areas/ATB", ADMIN, """
                {"name": "Attitudes, Thinking and Behaviour",
                 "description": "Revised in a system test.",
                 "focusAreas": ["making decisions", "revised in a system test"]}""", Map.of("If-Match", etag));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);

        await("referral-service's copy of ATB has the revision", () -> {
            String focusAreas = query("referral", "SELECT focus_areas::text FROM catalogue_need_area WHERE code = 'ATB'");
            return focusAreas != null && focusAreas.contains("revised in a system test");
        });
        String eventId = query("catalogue", "SELECT id::text FROM outbox_event WHERE event_key = 'ATB'"
                + " AND payload::text LIKE '%revised in a system test%'");
        assertThat(eventId).as("the event left catalogue-service through its outbox").isNotNull();
        Thread.sleep(2_000);
        assertThat(query("referral", "SELECT count(*)::text FROM inbox_event WHERE event_id = '" + eventId + "'"))
                .as("referral-service handled the event once").isEqualTo("1");
        assertThat(catalogue.isAlive()).isTrue();
        assertThat(referral.isAlive()).isTrue();
    }
}
