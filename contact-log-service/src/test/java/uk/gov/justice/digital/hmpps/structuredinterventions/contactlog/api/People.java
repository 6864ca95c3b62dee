package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Calls tests make on contact-log-service, and the details practitioners and nDelius would send. */
public final class People {

    private static final AtomicLong REQUIREMENT_IDS = new AtomicLong(
            2_500_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private People() {
    }

    public static String randomCrn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (char) ('A' + random.nextInt(26)) + String.format("%06d", random.nextInt(1_000_000));
    }

    public static long newRequirementId() {
        return REQUIREMENT_IDS.incrementAndGet();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(LocalTokens.token("A_" + role.substring(role.lastIndexOf('_') + 1), List.of(role)))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification practitioner() {
        return as(Roles.PRACTITIONER);
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

    public static JsonPath record(Map<String, Object> contact) {
        return practitioner().body(contact).post("/contacts").then().statusCode(201).extract().jsonPath();
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

    public static void await(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
