package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;

class InterventionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T10:00:00Z");

    static InterventionDefinition definition(InterventionType type, SessionPlan plan, UUID alternative) {
        return new InterventionDefinition(type, "Positive Pathways", NeedAreaCode.ATB, "Summary.", "Description.",
                List.of("personal agency"), "Strengths-based.", plan, Set.of(DeliveryFormat.GROUP),
                Set.of(DeliveryMode.IN_PERSON, DeliveryMode.ONLINE),
                new Eligibility(18, null, Set.of(Sex.MALE, Sex.FEMALE), Set.of()), "Low risk.", List.of(), alternative);
    }

    static InterventionDefinition structured(int preGroup, int core) {
        return definition(InterventionType.STRUCTURED_INTERVENTION, new SessionPlan(preGroup, core), null);
    }

    static Intervention draft() {
        return Intervention.draft(UUID.randomUUID(), structured(1, 6), null, "ADMIN", NOW);
    }

    static PanelAssessment assessment(CsaapPrinciple... notMet) {
        List<PrincipleAssessment> principles = new ArrayList<>();
        for (CsaapPrinciple principle : CsaapPrinciple.values()) {
            principles.add(new PrincipleAssessment(principle, !List.of(notMet).contains(principle), null));
        }
        return new PanelAssessment(LocalDate.parse("2026-10-01"), principles);
    }

    static Intervention published() {
        Intervention intervention = draft();
        intervention.recordApproval(assessment(), "ADMIN", NOW);
        intervention.publish("ADMIN", NOW);
        return intervention;
    }

    static OfferingTerms core() {
        return new OfferingTerms(Set.of(DeliveryFormat.GROUP), Set.of(DeliveryMode.IN_PERSON), OfferingBasis.CORE, null, null);
    }

    private static void assertRefused(Runnable change, ProblemType type, FieldError... errors) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.errors()).containsExactly(errors);
        });
    }

    @Nested
    class Session_plan {

        @Test
        void a_structured_intervention_has_at_least_four_sessions_counting_the_pre_group_ones() {
            assertRefused(() -> Intervention.draft(UUID.randomUUID(), structured(1, 2), null, "ADMIN", NOW),
                    ProblemType.RULE_BROKEN,
                    new FieldError("sessionPlan", "a Structured Intervention has at least 4 sessions; this plan has 3"));
            assertThat(Intervention.draft(UUID.randomUUID(), structured(1, 3), null, "ADMIN", NOW).view()
                    .sessionPlan().totalSessions()).isEqualTo(4);
        }

        @Test
        void a_structured_intervention_must_have_a_session_plan_and_an_accredited_programme_need_not() {
            assertRefused(() -> Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.STRUCTURED_INTERVENTION, null, null), null, "ADMIN", NOW),
                    ProblemType.RULE_BROKEN,
                    new FieldError("sessionPlan", "is required for a Structured Intervention, which has a set format"));
            Intervention programme = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.ACCREDITED_PROGRAMME, new SessionPlan(0, 2), null), null, "ADMIN", NOW);
            assertThat(programme.type()).isEqualTo(InterventionType.ACCREDITED_PROGRAMME);
        }
    }

    @Nested
    class Panel_approval {

        @Test
        void must_assess_each_of_the_seven_principles_once() {
            Intervention intervention = draft();
            List<PrincipleAssessment> six = new ArrayList<>(assessment().principles().subList(0, 6));
            six.add(new PrincipleAssessment(CsaapPrinciple.MODEL_OF_CHANGE, true, null));
            assertRefused(() -> intervention.recordApproval(new PanelAssessment(LocalDate.parse("2026-10-01"), six),
                    "ADMIN", NOW), ProblemType.RULE_BROKEN,
                    new FieldError("principles[6].principle", "assesses MODEL_OF_CHANGE a second time"),
                    new FieldError("principles", "must assess each of the seven core CSAAP principles; missing ENGAGEMENT_AND_MOTIVATION"));
            assertThat(intervention.approved()).isFalse();
        }

        @Test
        void a_revised_draft_loses_its_approval() {
            Intervention intervention = draft();
            intervention.recordApproval(assessment(), "ADMIN", NOW);
            assertThat(intervention.approved()).isTrue();
            intervention.revise(structured(1, 9), null, "ADMIN", NOW);
            assertThat(intervention.approved()).isFalse();
            assertThat(intervention.view().approval()).isNull();
        }

        @Test
        void there_are_seven_core_principles_each_with_a_title_and_what_it_asks() {
            assertThat(CsaapPrinciple.values()).hasSize(7);
            assertThat(CsaapPrinciple.MODEL_OF_CHANGE.title()).isEqualTo("A clear model of change");
            assertThat(CsaapPrinciple.values()).allSatisfy(principle -> {
                assertThat(principle.title()).isNotBlank();
                assertThat(principle.description()).isNotBlank().isNotEqualTo(principle.title());
            });
        }

        @Test
        void an_accredited_programme_is_not_approved_by_the_panel() {
            Intervention programme = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.ACCREDITED_PROGRAMME, null, null), null, "ADMIN", NOW);
            assertThatThrownBy(() -> programme.recordApproval(assessment(), "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("type"));
        }
    }

    @Nested
    class Publishing {

        @Test
        void a_structured_intervention_is_not_published_without_an_approval() {
            Intervention intervention = draft();
            assertRefused(() -> intervention.publish("ADMIN", NOW), ProblemType.RULE_BROKEN, new FieldError("approval",
                    "a Structured Intervention is published only with the HMPPS Effective Interventions Panel's "
                            + "approval against the seven core CSAAP principles; none is recorded"));
            assertThat(intervention.status()).isEqualTo(InterventionStatus.DRAFT);
        }

        @Test
        void each_principle_not_met_is_named() {
            Intervention intervention = draft();
            intervention.recordApproval(assessment(CsaapPrinciple.SKILLS_ORIENTATED, CsaapPrinciple.MODEL_OF_CHANGE),
                    "ADMIN", NOW);
            assertRefused(() -> intervention.publish("ADMIN", NOW), ProblemType.RULE_BROKEN,
                    new FieldError("approval.principles[MODEL_OF_CHANGE]", "the panel did not find \"A clear model of change\" met"),
                    new FieldError("approval.principles[SKILLS_ORIENTATED]", "the panel did not find \"Skills orientated\" met"));
        }

        @Test
        void with_all_seven_met_it_is_published_and_cannot_be_published_or_changed_again() {
            Intervention intervention = published();
            assertThat(intervention.status()).isEqualTo(InterventionStatus.PUBLISHED);
            assertThat(intervention.view().publishedBy()).isEqualTo("ADMIN");
            assertThatThrownBy(() -> intervention.publish("ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
            assertThatThrownBy(() -> intervention.revise(structured(1, 6), null, "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        }

        @Test
        void the_accredited_alternative_must_be_published_first() {
            Intervention programme = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.ACCREDITED_PROGRAMME, null, null), null, "ADMIN", NOW);
            Intervention intervention = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.STRUCTURED_INTERVENTION, new SessionPlan(1, 6), programme.id()),
                    programme, "ADMIN", NOW);
            intervention.recordApproval(assessment(), "ADMIN", NOW);
            assertRefused(() -> intervention.publish("ADMIN", NOW), ProblemType.RULE_BROKEN,
                    new FieldError("alternativeAccreditedProgrammeId", "Positive Pathways is DRAFT; publish it first"));
            programme.publish("ADMIN", NOW);
            intervention.publish("ADMIN", NOW);
            assertThat(intervention.view().alternativeAccreditedProgramme().id()).isEqualTo(programme.id());
        }

        @Test
        void only_a_structured_intervention_points_to_an_accredited_programme() {
            Intervention other = draft();
            assertRefused(() -> Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.STRUCTURED_INTERVENTION, new SessionPlan(1, 6), other.id()), other,
                    "ADMIN", NOW), ProblemType.RULE_BROKEN, new FieldError("alternativeAccreditedProgrammeId",
                    "must name an ACCREDITED_PROGRAMME; Positive Pathways is not one"));
        }
    }

    @Nested
    class Offerings {

        @Test
        void only_a_published_intervention_is_offered() {
            Intervention intervention = draft();
            assertThatThrownBy(() -> intervention.offer("london", core(), "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
        }

        @Test
        void an_offering_opens_once_then_changes() {
            Intervention intervention = published();
            assertThat(intervention.offer("london", core(), "ADMIN", NOW)).isTrue();
            assertThat(intervention.offer("london", new OfferingTerms(Set.of(DeliveryFormat.GROUP),
                    Set.of(DeliveryMode.ONLINE), OfferingBasis.CORE, null, null), "ADMIN", NOW)).isFalse();
            assertThat(intervention.offeredRegions()).containsExactly("london");
            assertThat(intervention.view().offerings().get(0).deliveryModes()).containsExactly(DeliveryMode.ONLINE);
        }

        @Test
        void a_region_offers_only_formats_and_modes_the_intervention_is_delivered_in() {
            Intervention intervention = published();
            assertRefused(() -> intervention.offer("london", new OfferingTerms(Set.of(DeliveryFormat.ONE_TO_ONE),
                    Set.of(DeliveryMode.IN_PERSON), OfferingBasis.CORE, null, null), "ADMIN", NOW),
                    ProblemType.RULE_BROKEN, new FieldError("deliveryFormats", "Positive Pathways is not delivered ONE_TO_ONE"));
        }

        @Test
        void an_additional_offering_records_who_decided_and_when() {
            Intervention intervention = published();
            assertThatThrownBy(() -> intervention.offer("london", new OfferingTerms(Set.of(DeliveryFormat.GROUP),
                    Set.of(DeliveryMode.IN_PERSON), OfferingBasis.ADDITIONAL, " ", null), "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("decidedBy", "decidedOn"));
            intervention.offer("london", new OfferingTerms(Set.of(DeliveryFormat.GROUP), Set.of(DeliveryMode.IN_PERSON),
                    OfferingBasis.ADDITIONAL, "RPD London", LocalDate.parse("2026-11-01")), "ADMIN", NOW);
            assertThat(intervention.view().offerings().get(0).decidedBy()).isEqualTo("RPD London");
        }

        @Test
        void withdrawing_closes_every_offering_and_keeps_the_reason() {
            Intervention intervention = published();
            intervention.offer("wales", core(), "ADMIN", NOW);
            intervention.offer("london", core(), "ADMIN", NOW);
            assertThat(intervention.withdraw(" Replaced ", "ADMIN", NOW)).containsExactly("london", "wales");
            InterventionView view = intervention.view();
            assertThat(view.offerings()).isEmpty();
            assertThat(view.withdrawal().reason()).isEqualTo("Replaced");
            assertThatThrownBy(() -> intervention.withdraw("again", "ADMIN", NOW)).isInstanceOf(ProblemException.class);
        }

        @Test
        void closing_an_offering_that_is_not_there_is_not_found() {
            Intervention intervention = published();
            assertThatThrownBy(() -> intervention.closeOffering("wales", "ADMIN", NOW))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND));
        }
    }

    @Nested
    class Who_changed_it_and_when {

        private static final OffsetDateTime LATER = NOW.plusDays(3);

        private void assertTouched(Intervention intervention, String by) {
            assertThat(intervention.view().updatedBy()).isEqualTo(by);
            assertThat(intervention.view().updatedAt()).isEqualTo(LATER);
            assertThat(intervention.view().createdBy()).isEqualTo("ADMIN");
            assertThat(intervention.view().createdAt()).isEqualTo(NOW);
        }

        @Test
        void a_draft_records_who_made_it_and_when_and_is_not_announced_at_start_as_a_seeded_one_is() {
            Intervention intervention = draft();
            assertThat(intervention.announceOnStart()).isFalse();
            assertThat(intervention.version()).isZero();
            assertThat(intervention.view().updatedBy()).isEqualTo("ADMIN");
            assertThat(intervention.view().updatedAt()).isEqualTo(NOW);
        }

        @Test
        void revising_a_draft_replaces_what_it_says_and_records_who_and_when() {
            Intervention intervention = draft();
            InterventionDefinition revised = new InterventionDefinition(InterventionType.STRUCTURED_INTERVENTION,
                    " Steering Clear ", NeedAreaCode.EM, "New summary.", "New description.", List.of("choices"),
                    "Practical.", new SessionPlan(0, 5), Set.of(DeliveryFormat.ONE_TO_ONE), Set.of(DeliveryMode.ONLINE),
                    new Eligibility(18, 25, Set.of(Sex.MALE), Set.of()), "Guidance.", List.of(), null);
            intervention.revise(revised, null, "EDITOR", LATER);
            assertThat(intervention.name()).isEqualTo("Steering Clear");
            assertThat(intervention.needArea()).isEqualTo(NeedAreaCode.EM);
            assertThat(intervention.view().deliveryFormats()).containsExactly(DeliveryFormat.ONE_TO_ONE);
            assertTouched(intervention, "EDITOR");
        }

        @Test
        void recording_the_approval_publishing_offering_closing_and_withdrawing_each_record_who_and_when() {
            Intervention intervention = draft();
            intervention.recordApproval(assessment(), "PANEL", LATER);
            assertTouched(intervention, "PANEL");
            intervention.publish("PUBLISHER", LATER);
            assertTouched(intervention, "PUBLISHER");
            intervention.offer("wales", core(), "OFFERER", LATER);
            assertTouched(intervention, "OFFERER");
            intervention.offer("london", core(), "OFFERER", NOW);
            intervention.closeOffering("london", "CLOSER", LATER);
            assertTouched(intervention, "CLOSER");
            intervention.withdraw("Replaced", "WITHDRAWER", LATER);
            assertTouched(intervention, "WITHDRAWER");
            assertThat(intervention.withdrawal()).contains(Withdrawal.of("Replaced", "WITHDRAWER", LATER));
        }

        @Test
        void an_approval_is_recorded_only_on_a_draft() {
            Intervention intervention = published();
            assertThatThrownBy(() -> intervention.recordApproval(assessment(), "PANEL", LATER))
                    .isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.CONFLICT));
            assertThat(intervention.view().updatedAt()).isEqualTo(NOW);
        }
    }

    @Nested
    class How_a_region_lists_it {

        @Test
        void an_offering_is_listed_with_its_intervention_need_area_status_and_version() {
            Intervention intervention = published();
            intervention.offer("wales", core(), "ADMIN", NOW);
            RegionOffering listed = RegionOffering.of(intervention.offeringIn("wales").orElseThrow());
            assertThat(listed.intervention().id()).isEqualTo(intervention.id());
            assertThat(listed.intervention().name()).isEqualTo("Positive Pathways");
            assertThat(listed.needArea()).isEqualTo(NeedAreaCode.ATB);
            assertThat(listed.status()).isEqualTo(InterventionStatus.PUBLISHED);
            assertThat(listed.interventionVersion()).isEqualTo(intervention.version());
            assertThat(listed.offering().basis()).isEqualTo(OfferingBasis.CORE);
            Offering offering = intervention.offeringIn("wales").orElseThrow();
            assertThat(offering.intervention()).isSameAs(intervention);
            assertThat(offering.basis()).isEqualTo(OfferingBasis.CORE);
            assertThat(offering.deliveryFormats()).containsExactly(DeliveryFormat.GROUP);
            assertThat(offering.deliveryModes()).containsExactly(DeliveryMode.IN_PERSON);
        }

        @Test
        void an_intervention_names_its_accredited_alternative() {
            Intervention alternative = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.ACCREDITED_PROGRAMME, null, null), null, "ADMIN", NOW);
            Intervention intervention = Intervention.draft(UUID.randomUUID(),
                    definition(InterventionType.STRUCTURED_INTERVENTION, new SessionPlan(1, 6), alternative.id()),
                    alternative, "ADMIN", NOW);
            assertThat(intervention.alternative()).isSameAs(alternative);
            assertThat(draft().alternative()).isNull();
        }
    }

    @Test
    void an_age_range_of_one_age_is_allowed() {
        InterventionDefinition definition = new InterventionDefinition(InterventionType.STRUCTURED_INTERVENTION, "X",
                NeedAreaCode.EM, "s", "d", List.of("anger"), "a", new SessionPlan(1, 6),
                Set.of(DeliveryFormat.GROUP), Set.of(DeliveryMode.IN_PERSON),
                new Eligibility(30, 30, Set.of(Sex.MALE), Set.of()), "g", List.of(), null);
        assertThat(Intervention.draft(UUID.randomUUID(), definition, null, "ADMIN", NOW).view().eligibility()
                .maximumAge()).isEqualTo(30);
    }

    @Test
    void a_definition_and_an_eligibility_read_missing_lists_as_empty() {
        InterventionDefinition definition = new InterventionDefinition(InterventionType.STRUCTURED_INTERVENTION, "X",
                NeedAreaCode.EM, "s", "d", null, "a", new SessionPlan(1, 6), null, null,
                new Eligibility(null, null, null, null), "g", null, null);
        assertThat(definition.focusAreas()).isEmpty();
        assertThat(definition.deliveryFormats()).isEmpty();
        assertThat(definition.deliveryModes()).isEmpty();
        assertThat(definition.exclusions()).isEmpty();
        assertThat(definition.eligibility().sexes()).isEmpty();
        assertThat(definition.eligibility().offenceCohorts()).isEmpty();
    }

    @Test
    void repeated_focus_areas_and_an_upside_down_age_range_are_each_named() {
        InterventionDefinition definition = new InterventionDefinition(InterventionType.STRUCTURED_INTERVENTION, "X",
                NeedAreaCode.EM, "s", "d", List.of("anger", " Anger"), "a", new SessionPlan(1, 6),
                Set.of(DeliveryFormat.GROUP), Set.of(DeliveryMode.IN_PERSON),
                new Eligibility(30, 20, Set.of(Sex.MALE), Set.of()), "g", List.of(), null);
        assertRefused(() -> Intervention.draft(UUID.randomUUID(), definition, null, "ADMIN", NOW), ProblemType.RULE_BROKEN,
                new FieldError("focusAreas[1]", "repeats an earlier entry"),
                new FieldError("eligibility.maximumAge", "must not be below minimumAge"));
    }
}
