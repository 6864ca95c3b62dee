package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.as;
import static uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.RoleTokens.asUser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/** The details a practitioner sends readiness-service at each step, and the calls tests make with them. */
public final class ReadinessFixtures {

    public static final List<String> ALL_EXERCISES = List.of("INTRODUCTORY_VIDEO", "GETTING_READY",
            "WORKING_WITH_PROBATION_FROM_HOME", "CONDITIONS_OF_SUCCESS");

    private ReadinessFixtures() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
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

    /** The Programme Manager appointments tests are made by. */
    public static final String PROGRAMME_MANAGER_USER = "A_PROGRAMME_MANAGER";

    /** A new current appointment of {@code userName} (named {@code name}) in {@code role}; its id. */
    public static String appoint(String userName, String name, String role) {
        return asUser(PROGRAMME_MANAGER_USER, Roles.PROGRAMME_MANAGER)
                .body(Map.of("userName", userName, "name", name, "role", role))
                .post("/appointments").then().statusCode(201).extract().path("id");
    }

    /** A facilitator or peer mentor delivering under the appointment. */
    public static Map<String, Object> byAppointee(String name, String role, String appointmentId) {
        return Map.of("name", name, "role", role, "appointmentId", appointmentId);
    }

    public static void introduce(String crn, boolean suitableDevice) {
        as(Roles.PRACTITIONER).body(introduction(suitableDevice)).post(path(crn) + "/introduction").then().statusCode(201);
    }
}
