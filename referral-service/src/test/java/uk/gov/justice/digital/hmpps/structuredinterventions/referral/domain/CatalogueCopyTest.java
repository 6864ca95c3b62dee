package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** This service's copy of the catalogue, kept from catalogue events that may arrive late, twice or out of order. */
class CatalogueCopyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    private static CatalogueIntervention.Facts facts(String status, String name, String... regions) {
        List<CatalogueIntervention.OfferedIn> offerings = new ArrayList<>();
        for (String region : regions) {
            offerings.add(new CatalogueIntervention.OfferedIn(region, List.of("GROUP"), List.of("IN_PERSON")));
        }
        return new CatalogueIntervention.Facts("STRUCTURED_INTERVENTION", status, name, "ATB", 18, 65,
                List.of("MALE"), List.of("DRINK_DRIVING"), offerings);
    }

    @Nested
    class An_intervention {

        @Test
        void before_any_event_knows_nothing_of_it_but_its_id() {
            UUID id = UUID.randomUUID();
            CatalogueIntervention copy = new CatalogueIntervention(id);

            assertThat(copy.id()).isEqualTo(id);
            assertThat(copy.name()).isNull();
            assertThat(copy.catalogueVersion()).isEqualTo(-1);
            assertThat(copy.facts().sexes()).isEmpty();
            assertThat(copy.facts().offenceCohorts()).isEmpty();
            assertThat(copy.facts().offerings()).isEmpty();
            assertThat(copy.offeredIn("london")).isEmpty();
        }

        @Test
        void takes_the_first_version_the_catalogue_publishes_version_zero_included() {
            CatalogueIntervention copy = new CatalogueIntervention(UUID.randomUUID());

            assertThat(copy.apply(0, facts("DRAFT", "Positive Pathways"), NOW)).isTrue();

            assertThat(copy.catalogueVersion()).isZero();
            assertThat(copy.name()).isEqualTo("Positive Pathways");
        }

        @Test
        void is_replaced_by_a_later_version_and_keeps_all_its_facts() {
            CatalogueIntervention copy = new CatalogueIntervention(UUID.randomUUID());
            copy.apply(1, facts("DRAFT", "Positive Pathways"), NOW);

            assertThat(copy.apply(2, facts("PUBLISHED", "Positive Pathways", "london", "wales"), NOW)).isTrue();

            assertThat(copy.catalogueVersion()).isEqualTo(2);
            CatalogueIntervention.Facts facts = copy.facts();
            assertThat(facts).isEqualTo(facts("PUBLISHED", "Positive Pathways", "london", "wales"));
            assertThat(facts.sexes()).containsExactly("MALE");
            assertThat(facts.offenceCohorts()).containsExactly("DRINK_DRIVING");
        }

        @Test
        void is_left_alone_by_a_repeated_or_earlier_version() {
            CatalogueIntervention copy = new CatalogueIntervention(UUID.randomUUID());
            copy.apply(3, facts("PUBLISHED", "Positive Pathways", "london"), NOW);

            assertThat(copy.apply(3, facts("WITHDRAWN", "Renamed", "wales"), NOW)).isFalse();
            assertThat(copy.apply(2, facts("DRAFT", "Older"), NOW)).isFalse();

            assertThat(copy.catalogueVersion()).isEqualTo(3);
            assertThat(copy.name()).isEqualTo("Positive Pathways");
            assertThat(copy.facts().status()).isEqualTo("PUBLISHED");
        }

        @Test
        void tells_how_a_region_offers_it_and_that_another_region_does_not() {
            CatalogueIntervention copy = new CatalogueIntervention(UUID.randomUUID());
            copy.apply(1, facts("PUBLISHED", "Positive Pathways", "london", "wales"), NOW);

            assertThat(copy.offeredIn("wales")).hasValueSatisfying(offered -> {
                assertThat(offered.region()).isEqualTo("wales");
                assertThat(offered.deliveryFormats()).containsExactly("GROUP");
            });
            assertThat(copy.offeredIn("south-west")).isEmpty();
        }
    }

    @Nested
    class A_need_area {

        @Test
        void before_any_event_has_only_its_code() {
            CatalogueNeedArea copy = new CatalogueNeedArea("ATB");

            assertThat(copy.code()).isEqualTo("ATB");
            assertThat(copy.name()).isNull();
            assertThat(copy.focusAreas()).isEmpty();
            assertThat(copy.catalogueVersion()).isEqualTo(-1);
        }

        @Test
        void takes_version_zero_and_then_any_later_version() {
            CatalogueNeedArea copy = new CatalogueNeedArea("ATB");

            assertThat(copy.apply("Attitudes, Thinking and Behaviour", List.of("Problem solving"), 0, NOW)).isTrue();
            assertThat(copy.catalogueVersion()).isZero();
            assertThat(copy.apply("Attitudes, Thinking and Behaviour", List.of("Problem solving", "Emotional regulation"),
                    1, NOW)).isTrue();

            assertThat(copy.catalogueVersion()).isEqualTo(1);
            assertThat(copy.name()).isEqualTo("Attitudes, Thinking and Behaviour");
            assertThat(copy.focusAreas()).containsExactly("Problem solving", "Emotional regulation");
        }

        @Test
        void is_left_alone_by_a_repeated_or_earlier_version() {
            CatalogueNeedArea copy = new CatalogueNeedArea("DA");
            copy.apply("Domestic Abuse", List.of("Healthy relationships"), 4, NOW);

            assertThat(copy.apply("Renamed", List.of(), 4, NOW)).isFalse();
            assertThat(copy.apply("Older", List.of(), 3, NOW)).isFalse();

            assertThat(copy.name()).isEqualTo("Domestic Abuse");
            assertThat(copy.focusAreas()).containsExactly("Healthy relationships");
            assertThat(copy.catalogueVersion()).isEqualTo(4);
        }
    }
}
