package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.TestDatabase;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** The contacts and requirements practitioners and nDelius send contact-log-service, and the calls tests make. */
public final class ContactFixtures {

    private static final AtomicLong REQUIREMENT_IDS = new AtomicLong(
            2_500_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private ContactFixtures() {
    }

    public static long newRequirementId() {
        return REQUIREMENT_IDS.incrementAndGet();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** An attended contact of the type on the day, 10:00 to 11:00, by the person's probation practitioner. */
    public static Map<String, Object> contact(String crn, String type, LocalDate date) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("crn", crn);
        details.put("type", type);
        details.put("date", date.toString());
        details.put("startTime", "10:00");
        details.put("endTime", "11:00");
        details.put("deliveredBy", Map.of("name", "Jo Practitioner", "role", "PROBATION_PRACTITIONER"));
        details.put("outcome", "ATTENDED_COMPLIED");
        return details;
    }

    /**
     * A contact of the module that a practitioner recorded by hand with {@code POST /contacts} before that was refused,
     * as it is stored: attended and complied, 10:00 to 11:00, linked to the requirement given (or none). Written to
     * the database directly, as the API no longer takes one. Returns its id.
     */
    public static String storedByHand(String crn, String type, LocalDate date, Long requirementId) {
        return TestDatabase.queryForText("""
                WITH person AS (INSERT INTO person (crn) VALUES (?) ON CONFLICT DO NOTHING)
                INSERT INTO contact (id, crn, type, contact_date, start_time, end_time, delivered_by, delivered_by_role,
                        outcome, rar_activity, rar_requirement_id, source, recorded_by, recorded_at, updated_by,
                        updated_at, version)
                VALUES (gen_random_uuid(), ?, ?, ?, '10:00', '11:00', 'Jo Practitioner', 'PROBATION_PRACTITIONER',
                        'ATTENDED_COMPLIED', ? <> 'PIM_INTRODUCTION', ?, 'PRACTITIONER', 'A_PRACTITIONER', now(),
                        'A_PRACTITIONER', now(), 0)
                RETURNING id::text""", crn, crn, type, date, type, requirementId);
    }

    public static JsonPath record(Map<String, Object> contact) {
        return as(Roles.PRACTITIONER).body(contact).post("/contacts").then().statusCode(201).extract().jsonPath();
    }

    public static Map<String, Object> requirement(long id, String crn, int maximumDays, LocalDate start, LocalDate end) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("requirementId", id);
        details.put("crn", crn);
        details.put("maximumDays", maximumDays);
        details.put("startDate", start.toString());
        details.put("expectedEndDate", end.toString());
        return details;
    }

    /** Registers a requirement running from a month ago for a year; returns its id. */
    public static long registerRequirement(String crn, int maximumDays) {
        long id = newRequirementId();
        as(Roles.DELIUS_SYNC).body(requirement(id, crn, maximumDays, today().minusMonths(1), today().plusYears(1)))
                .post("/rar-requirements").then().statusCode(201);
        return id;
    }

    public static JsonPath rar(String crn) {
        return as(Roles.READ_ONLY).get("/people/" + crn + "/rar").then().statusCode(200).extract().jsonPath();
    }
}
