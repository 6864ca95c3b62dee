package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The REST scenarios against the running local stack, one after another, each as a closed model: {@code users}
 * virtual users (32 unless told) each looping the scenario's chain on its own keep-alive connection, first for the
 * warm-up (15 s; requests named "warm-up: ...", left out of the summary), then for the measured phase (30 s).
 *
 * <p>System properties: {@code benchmark.scenarios} (comma-separated, from {@link #SCENARIOS}; all unless told),
 * {@code benchmark.users}, {@code benchmark.warm-up}, {@code benchmark.duration}, {@code benchmark.growth} (the
 * list scenarios then read the growth people).
 */
public class BenchmarkSimulation extends Simulation {

    static final List<String> SCENARIOS = List.of("catalogue", "referrals-by-crn", "referrals-by-status",
            "referrals-all", "rar", "submit", "journey");
    static final String WARM_UP = BenchmarkNames.WARM_UP;
    private static final AtomicLong REQUIREMENT_IDS = new AtomicLong(2_800_000_000L + System.currentTimeMillis() % 100_000_000L * 10);

    private final int users = Settings.intSetting("users", 32);
    private final Duration warmUp = Settings.durationSetting("warm-up", "15s");
    private final Duration measured = Settings.durationSetting("duration", "30s");
    private final Duration linkWait = Settings.durationSetting("journey-link-wait", "10s");

    private final HttpProtocolBuilder protocol = http
            .acceptHeader("application/json")
            .disableCaching()
            .disableWarmUp()
            .userAgentHeader("structured-interventions-benchmark");

    {
        List<String> selected = Arrays.stream(System.getProperty("benchmark.scenarios", String.join(",", SCENARIOS)).split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        List<PopulationBuilder> populations = new ArrayList<>();
        for (String name : selected) {
            if (!SCENARIOS.contains(name)) {
                throw new IllegalArgumentException("no scenario " + name + "; the scenarios are " + SCENARIOS);
            }
            Function<String, ChainBuilder> chain = chain(name);
            populations.add(scenario(name)
                    .during(warmUp, false).on(chain.apply(WARM_UP))
                    .during(measured, false).on(chain.apply(""))
                    .injectOpen(atOnceUsers(users)));
        }
        PopulationBuilder all = populations.get(populations.size() - 1);
        for (int i = populations.size() - 2; i >= 0; i--) {
            all = populations.get(i).andThen(all);
        }
        setUp(all).protocols(protocol);
    }

    /** The chain a scenario's users loop, its requests named with the given prefix. */
    private Function<String, ChainBuilder> chain(String scenario) {
        return switch (scenario) {
            case "catalogue" -> prefix -> exec(read(prefix + "catalogue list", Stack.CATALOGUE
                    + "/interventions?region=london&needArea=DA&status=PUBLISHED"));
            case "referrals-by-crn" -> {
                String crn = Fixtures.listCrn();
                yield prefix -> exec(read(prefix + "referrals by CRN", Stack.REFERRAL + "/referrals?crn=" + crn));
            }
            case "referrals-by-status" -> prefix -> exec(read(prefix + "referrals by status and region", Stack.REFERRAL
                    + "/referrals?status=AWAITING_READINESS&region=london"));
            case "referrals-all" -> prefix -> exec(read(prefix + "referrals unfiltered", Stack.REFERRAL + "/referrals"));
            case "rar" -> {
                String crn = Fixtures.rarCrn();
                yield prefix -> exec(read(prefix + "RAR summary", Stack.CONTACT_LOG + "/people/" + crn + "/rar"));
            }
            case "submit" -> prefix -> feed(newPerson()).exec(draft(prefix + "draft")).exec(submit(prefix + "submit"));
            case "journey" -> this::journey;
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    private static HttpRequestActionBuilder read(String name, String url) {
        return http(name).get(url).header("Authorization", "Bearer " + Stack.PRACTITIONER).check(status().is(200));
    }

    private static Iterator<Map<String, Object>> newPerson() {
        return Stream.generate(() -> Map.<String, Object>of("crn", Crns.fresh(),
                "requirementId", REQUIREMENT_IDS.incrementAndGet())).iterator();
    }

    private static HttpRequestActionBuilder draft(String name) {
        return http(name).post(Stack.REFERRAL + "/referrals")
                .header("Authorization", "Bearer " + Stack.PRACTITIONER)
                .header("Content-Type", "application/json")
                .body(StringBody(session -> Bodies.draft(session.getString("crn"))))
                .check(status().is(201), jsonPath("$.id").saveAs("referralId"), header("ETag").saveAs("etag"));
    }

    private static HttpRequestActionBuilder submit(String name) {
        return http(name).post(session -> Stack.REFERRAL + "/referrals/" + session.getString("referralId") + "/submit")
                .header("Authorization", "Bearer " + Stack.PRACTITIONER)
                .header("If-Match", "#{etag}")
                .check(status().is(200), jsonPath("$.status").is("AWAITING_READINESS"));
    }

    private static HttpRequestActionBuilder post(String name, Function<Session, String> url, String token,
            Function<Session, String> body, int expected) {
        return http(name).post(url)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .body(StringBody(body))
                .check(status().is(expected));
    }

    private static String record(Session session) {
        return Stack.READINESS + "/people/" + session.getString("crn") + "/readiness";
    }

    /**
     * JourneyIT's first journey for a new person: nDelius registers the RAR requirement, the module is introduced, the
     * referral drafted and submitted, readiness-service's link awaited (polling every 50 ms, at most
     * {@code journey-link-wait}), the extended follow-up held, the module completed and the person assessed ready.
     * The group "journey" times the whole of it, waiting included.
     */
    private ChainBuilder journey(String prefix) {
        long polls = Math.max(1, linkWait.toMillis() / 50);
        return feed(newPerson()).exec(group(prefix + "journey").on(
                exec(post(prefix + "journey 1 register RAR requirement", session -> Stack.CONTACT_LOG + "/rar-requirements",
                        Stack.DELIUS, session -> Bodies.rarRequirement(session.getLong("requirementId"),
                                session.getString("crn"), 20), 201))
                .exec(post(prefix + "journey 2 introduction", session -> record(session) + "/introduction", Stack.PRACTITIONER,
                        session -> Bodies.introduction(Bodies.TODAY.minusDays(7)), 201))
                .exec(draft(prefix + "journey 3 draft"))
                .exec(submit(prefix + "journey 4 submit"))
                .exec(session -> session.set("linked", false).set("polls", 0))
                .asLongAs(session -> !session.getBoolean("linked") && session.getInt("polls") < polls).on(
                        exec(http(prefix + "journey 5 poll until linked").get(BenchmarkSimulation::record)
                                .header("Authorization", "Bearer " + Stack.PRACTITIONER)
                                .check(status().is(200), bodyString().saveAs("record")))
                        .exec(session -> session.set("polls", session.getInt("polls") + 1).set("linked",
                                session.getString("record").contains(session.getString("referralId"))))
                        .doIf(session -> !session.getBoolean("linked")).then(pause(Duration.ofMillis(50))))
                .exec(post(prefix + "journey 6 follow-up", session -> record(session) + "/follow-ups", Stack.PRACTITIONER,
                        session -> Bodies.followUp(Bodies.TODAY, "EXTENDED"), 201))
                .exec(post(prefix + "journey 7 completion", session -> record(session) + "/completion", Stack.PRACTITIONER,
                        session -> Bodies.completion(Bodies.TODAY), 201))
                .exec(post(prefix + "journey 8 assessment", session -> record(session) + "/assessments", Stack.PRACTITIONER,
                        session -> Bodies.assessedReady(), 201))));
    }
}
