package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** Calls tests make on readiness-service, and the details a practitioner would send. */
public final class People {

    public static final List<String> ALL_EXERCISES = List.of("INTRODUCTORY_VIDEO", "GETTING_READY",
            "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS");

    private People() {
    }

    public static String randomCrn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return (char) ('A' + random.nextInt(26)) + String.format("%06d", random.nextInt(1_000_000));
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

    public static String path(String crn) {
        return "/people/" + crn + "/readiness";
    }

    public static Map<String, Object> session(LocalDate date) {
        return Map.of("date", date.toString(), "startTime", "10:00", "endTime", "11:00");
    }

    public static Map<String, Object> byPractitioner() {
        return Map.of("name", "Jo Practitioner", "role", "PROBATION_PRACTITIONER");
    }

    public static Map<String, Object> introduction(boolean suitableDevice) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", session(today().minusDays(7)));
        details.put("deliveredBy", byPractitioner());
        details.put("aboutPageWalkedThrough", true);
        details.put("contentsPageWalkedThrough", true);
        details.put("formatExplained", true);
        details.put("exercisesOverviewed", ALL_EXERCISES);
        details.put("paperCopyGiven", true);
        details.put("suitableDevice", suitableDevice);
        return details;
    }

    public static Map<String, Object> followUp(String length, boolean reviewed, List<String> discussed) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session", session(today()));
        details.put("deliveredBy", byPractitioner());
        details.put("length", length);
        details.put("reviewedModuleBeforehand", reviewed);
        details.put("exercisesDiscussed", discussed);
        details.put("attendance", "ATTENDED_COMPLIED");
        return details;
    }

    public static Map<String, Object> completion() {
        return Map.of("completedOn", today().toString());
    }

    public static void introduce(String crn, boolean suitableDevice) {
        practitioner().body(introduction(suitableDevice)).post(path(crn) + "/introduction").then().statusCode(201);
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
