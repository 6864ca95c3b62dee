package uk.gov.justice.digital.hmpps.structuredinterventions.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * referral-service checks referrals against its own copy of the catalogue, built from catalogue events: with
 * catalogue-service stopped, an eligible referral is accepted and one to a withdrawn intervention is refused.
 */
class ReferralWhileCatalogueIsDownIT extends CatalogueAndReferral {

    private static final String POSITIVE_PATHWAYS = "1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11";

    @Test
    void referrals_are_checked_against_the_copy_of_the_catalogue_while_the_catalogue_is_down() {
        String withdrawn = withdrawnIntervention();
        await("referral-service has the seeded Positive Pathways and the withdrawal", () ->
                "PUBLISHED".equals(query("referral", "SELECT status FROM catalogue_intervention WHERE id = '" + POSITIVE_PATHWAYS + "'"))
                        && "WITHDRAWN".equals(query("referral", "SELECT status FROM catalogue_intervention WHERE id = '" + withdrawn + "'")));

        catalogue.close();
        assertThat(catalogue.isAlive()).isFalse();

        HttpResponse<String> accepted = submit(POSITIVE_PATHWAYS);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"status\":\"AWAITING_READINESS\"");
        assertThat(query("referral", "SELECT payload->>'detailUrl' FROM outbox_event"
                + " WHERE topic <> 'audit.events' ORDER BY seq DESC LIMIT 1"))
                .as("the submitted event points at referral-service").startsWith(referral.baseUrl() + "/referrals/");

        HttpResponse<String> refused = submit(withdrawn);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("is WITHDRAWN in the catalogue");
    }

    /** Records, approves, publishes, offers and then withdraws a Structured Intervention in catalogue-service. */
    private static String withdrawnIntervention() {
        String name = "Short Lived " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("POST", catalogue.baseUrl() + "/interventions", ADMIN, """
                {"type": "STRUCTURED_INTERVENTION", "name": "%s", "needArea": "ATB", "summary": "s", "description": "d",
                 "focusAreas": ["making decisions"], "approach": "a", "sessionPlan": {"preGroupSessions": 1, "coreSessions": 6},
                 "deliveryFormats": ["GROUP"], "deliveryModes": ["IN_PERSON"],
                 "eligibility": {"minimumAge": 18, "sexes": ["MALE", "FEMALE"]}, "suitabilityGuidance": "g"}"""
                .formatted(name), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceFirst("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        StringBuilder principles = new StringBuilder();
        for (String principle : new String[] {"MODEL_OF_CHANGE", "SELECTION_OF_PARTICIPANTS", "DYNAMIC_RISK_FACTORS",
                "EFFECTIVE_METHODS", "SKILLS_ORIENTATED", "SEQUENCING_INTENSITY_AND_DURATION", "ENGAGEMENT_AND_MOTIVATION"}) {
            principles.append(principles.isEmpty() ? "" : ",").append("{\"principle\":\"").append(principle)
                    .append("\",\"met\":true}");
        }
        String base = catalogue.baseUrl() + "/interventions/" + id;
        assertThat(call("POST", base + "/approval", ADMIN, "{\"decidedOn\":\"2026-10-01\",\"principles\":[" + principles + "]}",
                Map.of()).statusCode()).isEqualTo(200);
        assertThat(call("POST", base + "/publish", ADMIN, null, Map.of()).statusCode()).isEqualTo(200);
        // London already offers a CORE Structured Intervention in the need area: a second is the Director's decision.
        assertThat(call("PUT", catalogue.baseUrl() + "/regions/london/offerings/" + id, DIRECTOR,
                "{\"deliveryFormats\":[\"GROUP\"],\"deliveryModes\":[\"IN_PERSON\"],\"basis\":\"CORE\"}", Map.of())
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", base + "/withdraw", ADMIN, "{\"reason\":\"Withdrawn in a system test\"}", Map.of())
                .statusCode()).isEqualTo(200);
        return id;
    }

    private static HttpResponse<String> submit(String interventionId) {
        HttpResponse<String> drafted = call("POST", referral.baseUrl() + "/referrals", PRACTITIONER, """
                {"crn": "S%06d", "interventionId": "%s", "region": "london", "deliveryFormat": "GROUP",
                 "deliveryMode": "IN_PERSON", "dateOfBirth": "1985-06-01", "sex": "MALE", "riskOfRecidivism": "LOW",
                 "unsuitableForAccreditedProgramme": false, "reasonForReferral": "System test"}"""
                .formatted((int) (Math.random() * 1_000_000), interventionId), Map.of());
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String id = drafted.body().replaceFirst("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
        return call("POST", referral.baseUrl() + "/referrals/" + id + "/submit", PRACTITIONER, null, Map.of());
    }
}
