package uk.gov.justice.digital.hmpps.structuredinterventions.referral.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.EventFeed;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.NeedAreaUpdated;

/**
 * Catalogue-service's events, as referral-service reads them: interventions put on {@code catalogue.events} through
 * the {@link EventFeed}, which checks each against its schema.
 */
public final class CatalogueEventFixtures {

    private CatalogueEventFixtures() {
    }

    /** The Domestic Abuse need area at the version, with one focus area; returns the event id. */
    public static String needAreaUpdated(long version, String focusArea) {
        Map<String, Object> data = Map.of("code", "DA", "name", "Domestic Abuse", "description", "d",
                "focusAreas", List.of(focusArea), "version", version, "detailUrl", "http://catalogue/need-areas/DA");
        return EventFeed.send("catalogue.events", "DA", NeedAreaUpdated.TYPE, data);
    }

    /** A published Structured Intervention, as a catalogue event would carry it. */
    public static final class Intervention {
        final UUID id = UUID.randomUUID();
        String status = "PUBLISHED";
        String type = "STRUCTURED_INTERVENTION";
        String name = "Test Pathways " + id.toString().substring(0, 8);
        Integer minimumAge = 18;
        Integer maximumAge;
        List<String> sexes = List.of("FEMALE", "MALE");
        List<String> offenceCohorts = List.of();
        final Map<String, Map<String, List<String>>> offerings = new LinkedHashMap<>();

        public Intervention() {
            offerings.put("london", Map.of("formats", List.of("GROUP"), "modes", List.of("IN_PERSON", "ONLINE")));
        }

        public UUID id() {
            return id;
        }

        public String name() {
            return name;
        }

        public Intervention status(String value) {
            status = value;
            return this;
        }

        public Intervention type(String value) {
            type = value;
            return this;
        }

        public Intervention ages(Integer minimum, Integer maximum) {
            minimumAge = minimum;
            maximumAge = maximum;
            return this;
        }

        public Intervention sexes(String... values) {
            sexes = List.of(values);
            return this;
        }

        public Intervention cohorts(String... values) {
            offenceCohorts = List.of(values);
            return this;
        }

        public Intervention offeredIn(String region, List<String> formats, List<String> modes) {
            offerings.put(region, Map.of("formats", formats, "modes", modes));
            return this;
        }

        public Intervention notOfferedIn(String region) {
            offerings.remove(region);
            return this;
        }

        /**
         * Sends the intervention at {@code version} as a catalogue event of the given type, checked against the
         * type's schema; returns the event id.
         */
        public String publish(String eventType, long version) {
            List<Map<String, Object>> offered = new ArrayList<>();
            offerings.forEach((region, how) -> {
                Map<String, Object> offering = new LinkedHashMap<>();
                offering.put("region", region);
                offering.put("deliveryFormats", how.get("formats"));
                offering.put("deliveryModes", how.get("modes"));
                offering.put("basis", "CORE");
                offering.put("decidedBy", null);
                offering.put("decidedOn", null);
                offering.put("openedBy", "catalogue-seed");
                offering.put("openedAt", "2026-11-01T10:00:00Z");
                offering.put("updatedBy", "catalogue-seed");
                offering.put("updatedAt", "2026-11-01T10:00:00Z");
                offered.add(offering);
            });
            Map<String, Object> eligibility = new LinkedHashMap<>();
            eligibility.put("minimumAge", minimumAge);
            eligibility.put("maximumAge", maximumAge);
            eligibility.put("sexes", sexes);
            eligibility.put("offenceCohorts", offenceCohorts);
            Map<String, Object> intervention = new LinkedHashMap<>();
            intervention.put("id", id.toString());
            intervention.put("version", version);
            intervention.put("type", type);
            intervention.put("status", status);
            intervention.put("name", name);
            intervention.put("needArea", "ATB");
            intervention.put("summary", "s");
            intervention.put("description", "d");
            intervention.put("focusAreas", List.of("making decisions"));
            intervention.put("approach", "a");
            intervention.put("sessionPlan", Map.of("preGroupSessions", 1, "coreSessions", 6, "totalSessions", 7));
            intervention.put("deliveryFormats", List.of("GROUP", "ONE_TO_ONE"));
            intervention.put("deliveryModes", List.of("IN_PERSON", "ONLINE"));
            intervention.put("eligibility", eligibility);
            intervention.put("suitabilityGuidance", "g");
            intervention.put("exclusions", List.of());
            intervention.put("alternativeAccreditedProgramme", null);
            intervention.put("approval", null);
            intervention.put("offerings", "PUBLISHED".equals(status) ? offered : List.of());
            intervention.put("withdrawal", "WITHDRAWN".equals(status)
                    ? Map.of("reason", "r", "withdrawnBy", "ADMIN", "withdrawnAt", "2026-11-01T10:00:00Z") : null);
            for (String field : List.of("createdBy", "updatedBy", "publishedBy")) {
                intervention.put(field, "ADMIN");
            }
            for (String field : List.of("createdAt", "updatedAt", "publishedAt")) {
                intervention.put(field, "2026-11-01T10:00:00Z");
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("intervention", intervention);
            if (eventType.contains(".offering.")) {
                data.put("region", "london");
            }
            if (eventType.endsWith(".withdrawn")) {
                data.put("reason", "Withdrawn in a test");
            }
            data.put("detailUrl", "http://catalogue-service/interventions/" + id);
            return EventFeed.send("catalogue.events", id.toString(), eventType, data);
        }
    }
}
