package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed.personReference;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;

/**
 * Readiness-service's events, as referral-service reads them: put on {@code readiness.events} through the
 * {@link EventFeed}, which checks each against its schema.
 */
public final class ReadinessEventFixtures {

    private static final String TOPIC = "readiness.events";

    private ReadinessEventFixtures() {
    }

    /** The person completed the module at the moment; returns the event id. */
    public static String moduleCompleted(String crn, OffsetDateTime at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("completedOn", at.toLocalDate().toString());
        data.put("completedAt", at.toString());
        data.put("moduleVersion", 1);
        data.put("referralIds", List.of());
        data.put("recordedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return EventFeed.send(TOPIC, crn, ReadinessReports.MODULE_COMPLETED, data);
    }

    /**
     * The person was assessed at the moment, ready or not for the barriers, for the referrals named; returns the event
     * id.
     */
    public static String assessed(String crn, OffsetDateTime at, List<String> referralIds, boolean ready,
            String... barriers) {
        Map<String, Object> data = assessment(crn, at, ready, barriers);
        data.put("referralIds", referralIds);
        return EventFeed.send(TOPIC, crn, ReadinessReports.ASSESSED, data);
    }

    /** An assessment as readiness-service published it before assessments named their referrals. */
    public static String assessedNamingNoReferrals(String crn, OffsetDateTime at, boolean ready, String... barriers) {
        return EventFeed.send(TOPIC, crn, ReadinessReports.ASSESSED, assessment(crn, at, ready, barriers));
    }

    private static Map<String, Object> assessment(String crn, OffsetDateTime at, boolean ready, String... barriers) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personReference", personReference(crn));
        data.put("assessedAt", at.toString());
        data.put("ready", ready);
        data.put("assessmentId", UUID.randomUUID().toString());
        data.put("barriers", List.of(barriers));
        data.put("concernId", ready ? null : UUID.randomUUID().toString());
        data.put("assessedBy", "A_PRACTITIONER");
        data.put("detailUrl", "http://readiness-service/people/" + crn + "/readiness");
        return data;
    }
}
