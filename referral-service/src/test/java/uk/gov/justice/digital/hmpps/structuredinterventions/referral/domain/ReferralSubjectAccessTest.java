package uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;

class ReferralSubjectAccessTest {

    private static final OffsetDateTime JANUARY = OffsetDateTime.parse("2026-01-10T10:00:00Z");
    private static final OffsetDateTime MARCH = OffsetDateTime.parse("2026-03-10T10:00:00Z");

    private static SubjectAccessPeriod period(String from, String to) {
        return new SubjectAccessPeriod(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static ReferralDetails details(boolean unsuitable) {
        return new ReferralDetails("X123456", UUID.randomUUID(), "london", DeliveryFormat.ONE_TO_ONE,
                DeliveryMode.ONLINE, LocalDate.parse("1990-01-01"), Sex.FEMALE, Set.of(OffenceCohort.DRINK_DRIVING),
                RiskOfRecidivism.MEDIUM, unsuitable, unsuitable ? "Needs a one-to-one setting" : null,
                "Anger at home");
    }

    /** Drafted and submitted in January, withdrawn in March with a reason and notes. */
    private static Referral withdrawnInMarch() {
        Referral referral = Referral.draft(UUID.randomUUID(), details(true), "Managing My Emotions", "PP", JANUARY);
        referral.submit(List.of(), "Managing My Emotions", "PP", JANUARY.plusMinutes(5));
        referral.transition(ReferralStatus.WITHDRAWN, Set.of(Roles.PRACTITIONER), ReasonCode.PERSON_DECLINED,
                "Not now", "Spoke on the phone", "PP", MARCH);
        return referral;
    }

    @Nested
    class What_a_referral_shows {

        @Test
        void its_facts_in_words_its_free_text_and_its_reference() {
            Referral referral = withdrawnInMarch();
            ReferralSubjectAccess.HeldReferral held = ReferralSubjectAccess.of(List.of(referral), null,
                    SubjectAccessPeriod.ALL).orElseThrow().referrals().get(0);
            assertThat(held.referralReference()).isEqualTo(referral.id().toString());
            assertThat(held.intervention()).isEqualTo("Managing My Emotions");
            assertThat(held.region()).isEqualTo("london");
            assertThat(held.deliveryFormat()).isEqualTo("One to one");
            assertThat(held.deliveryMode()).isEqualTo("Online");
            assertThat(held.sex()).isEqualTo("Female");
            assertThat(held.dateOfBirth()).isEqualTo(LocalDate.parse("1990-01-01"));
            assertThat(held.offenceCohorts()).containsExactly("Drink driving");
            assertThat(held.riskOfRecidivism()).isEqualTo("Medium");
            assertThat(held.unsuitableForAnAccreditedProgramme()).isTrue();
            assertThat(held.whyUnsuitableForAnAccreditedProgramme()).isEqualTo("Needs a one-to-one setting");
            assertThat(held.reasonForReferral()).isEqualTo("Anger at home");
            assertThat(held.status()).isEqualTo("Withdrawn");
            assertThat(held.referredBy()).isEqualTo("PP");
            assertThat(held.createdAt()).isEqualTo(JANUARY);
            assertThat(held.submittedAt()).isEqualTo(JANUARY.plusMinutes(5));
            assertThat(held.lastChangedBy()).isEqualTo("PP");
            assertThat(held.lastChangedAt()).isEqualTo(MARCH);
            assertThat(held.latestReadinessAssessment()).isNull();
            assertThat(held.readinessConcern()).isNull();
        }

        @Test
        void its_status_history_with_how_each_move_was_made_and_why() {
            List<ReferralSubjectAccess.StatusChangeHeld> history = ReferralSubjectAccess.of(
                    List.of(withdrawnInMarch()), null, SubjectAccessPeriod.ALL).orElseThrow().referrals().get(0)
                    .statusHistory();
            assertThat(history).extracting(ReferralSubjectAccess.StatusChangeHeld::toStatus)
                    .containsExactly("Draft", "Awaiting readiness", "Withdrawn");
            assertThat(history.get(0).fromStatus()).isNull();
            assertThat(history.get(1).fromStatus()).isEqualTo("Draft");
            assertThat(history.get(1).howChanged()).isEqualTo("Submitted by the practitioner");
            ReferralSubjectAccess.StatusChangeHeld withdrawal = history.get(2);
            assertThat(withdrawal.howChanged()).isEqualTo("Changed by a member of staff");
            assertThat(withdrawal.reasonCode()).isEqualTo("Person declined");
            assertThat(withdrawal.reason()).isEqualTo("Not now");
            assertThat(withdrawal.notes()).isEqualTo("Spoke on the phone");
            assertThat(withdrawal.changedBy()).isEqualTo("PP");
            assertThat(withdrawal.changedAt()).isEqualTo(MARCH);
        }

        @Test
        void the_readiness_assessment_it_took_and_the_concern_it_carries() {
            Referral referral = Referral.draft(UUID.randomUUID(), details(false), "Positive Pathways", "PP", JANUARY);
            referral.submit(List.of(), "Positive Pathways", "PP", JANUARY);
            referral.assessed(new ReadinessAssessment(UUID.randomUUID(), JANUARY.plusDays(1), true, List.of(),
                    List.of(referral.id())), true, JANUARY.plusDays(1));
            referral.transition(ReferralStatus.ALLOCATED, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM",
                    JANUARY.plusDays(2));
            referral.assessed(new ReadinessAssessment(UUID.randomUUID(), JANUARY.plusDays(3), false,
                    List.of(ReadinessBarrier.WORK_PATTERN), List.of(referral.id())), true, JANUARY.plusDays(3));
            ReferralSubjectAccess.HeldReferral held = ReferralSubjectAccess.of(List.of(referral), null,
                    SubjectAccessPeriod.ALL).orElseThrow().referrals().get(0);
            assertThat(held.latestReadinessAssessment())
                    .isEqualTo(new ReferralSubjectAccess.ReadinessAssessed(JANUARY.plusDays(3), false));
            assertThat(held.readinessConcern()).isEqualTo(new ReferralSubjectAccess.ConcernHeld(JANUARY.plusDays(3),
                    List.of("Work pattern"), JANUARY.plusDays(3)));
            assertThat(held.statusHistory()).extracting(ReferralSubjectAccess.StatusChangeHeld::howChanged)
                    .contains("Reported by the pre-intervention module's readiness record");
        }
    }

    @Nested
    class A_hand_over {

        @Test
        void shows_in_the_history_with_who_from_and_to_and_the_new_author() {
            Referral referral = Referral.draft(UUID.randomUUID(), details(false), "Positive Pathways", "PP", JANUARY);
            referral.handOver("PP2", "Moved team", Set.of(Roles.PRACTITIONER), "PP", MARCH);
            ReferralSubjectAccess.HeldReferral held = ReferralSubjectAccess.of(List.of(referral), null,
                    SubjectAccessPeriod.ALL).orElseThrow().referrals().get(0);
            assertThat(held.referredBy()).isEqualTo("PP2");
            ReferralSubjectAccess.StatusChangeHeld handOver = held.statusHistory().get(1);
            assertThat(handOver.howChanged()).isEqualTo("Draft handed over to another practitioner");
            assertThat(handOver.fromStatus()).isEqualTo("Draft");
            assertThat(handOver.toStatus()).isEqualTo("Draft");
            assertThat(handOver.reason()).isEqualTo("Handed over from PP to PP2: Moved team");
        }
    }

    @Nested
    class The_period {

        @Test
        void takes_in_a_referral_with_a_status_change_in_it_and_lists_only_those_changes() {
            ReferralSubjectAccess held = ReferralSubjectAccess.of(List.of(withdrawnInMarch()), null,
                    period("2026-03-01", "2026-03-31")).orElseThrow();
            assertThat(held.referrals()).hasSize(1);
            assertThat(held.referrals().get(0).statusHistory())
                    .extracting(ReferralSubjectAccess.StatusChangeHeld::toStatus).containsExactly("Withdrawn");
        }

        @Test
        void takes_in_a_referral_changed_in_it_and_again_after_it() {
            // Submitted in January, found ready in March, allocated in May: only its history touches March.
            Referral referral = Referral.draft(UUID.randomUUID(), details(false), "Positive Pathways", "PP", JANUARY);
            referral.submit(List.of(), "Positive Pathways", "PP", JANUARY);
            referral.assessed(new ReadinessAssessment(UUID.randomUUID(), MARCH, true, List.of(),
                    List.of(referral.id())), true, MARCH);
            OffsetDateTime may = OffsetDateTime.parse("2026-05-10T10:00:00Z");
            referral.transition(ReferralStatus.ALLOCATED, Set.of(Roles.TREATMENT_MANAGER), null, null, null, "TM", may);
            ReferralSubjectAccess held = ReferralSubjectAccess.of(List.of(referral), null,
                    period("2026-03-01", "2026-03-31")).orElseThrow();
            assertThat(held.referrals()).hasSize(1);
            assertThat(held.referrals().get(0).statusHistory())
                    .extracting(ReferralSubjectAccess.StatusChangeHeld::changedAt).containsExactly(MARCH);
        }

        @Test
        void takes_in_a_referral_created_in_it() {
            ReferralSubjectAccess held = ReferralSubjectAccess.of(List.of(withdrawnInMarch()), null,
                    period(null, "2026-01-10")).orElseThrow();
            assertThat(held.referrals().get(0).statusHistory())
                    .extracting(ReferralSubjectAccess.StatusChangeHeld::toStatus)
                    .containsExactly("Draft", "Awaiting readiness");
        }

        @Test
        void leaves_out_a_referral_nothing_happened_to_in_it() {
            assertThat(ReferralSubjectAccess.of(List.of(withdrawnInMarch()), null, period("2026-02-01", "2026-02-28")))
                    .isEmpty();
            assertThat(ReferralSubjectAccess.of(List.of(withdrawnInMarch()), null, period("2026-03-11", null)))
                    .isEmpty();
        }

        @Test
        void lists_the_referrals_oldest_first() {
            Referral later = Referral.draft(UUID.randomUUID(), details(false), "Positive Pathways", "PP", MARCH);
            Referral earlier = withdrawnInMarch();
            assertThat(ReferralSubjectAccess.of(List.of(later, earlier), null, SubjectAccessPeriod.ALL).orElseThrow()
                    .referrals()).extracting(ReferralSubjectAccess.HeldReferral::referralReference)
                    .containsExactly(earlier.id().toString(), later.id().toString());
        }

        @Test
        void shows_the_modules_completion_as_a_uk_date_when_it_is_in_the_period() {
            // 23:30 UTC on 31 May is 1 June in London
            OffsetDateTime completed = OffsetDateTime.parse("2026-05-31T23:30:00Z");
            assertThat(ReferralSubjectAccess.of(List.of(), completed, period("2026-06-01", "2026-06-30"))
                    .orElseThrow().preInterventionModuleCompletedOn()).isEqualTo(LocalDate.parse("2026-06-01"));
            assertThat(ReferralSubjectAccess.of(List.of(), completed, period("2026-05-01", "2026-05-31"))).isEmpty();
            assertThat(ReferralSubjectAccess.of(List.of(withdrawnInMarch()), completed,
                    period("2026-03-01", "2026-03-31")).orElseThrow().preInterventionModuleCompletedOn()).isNull();
        }

        @Test
        void holds_nothing_for_a_person_with_no_referral_and_no_completion() {
            assertThat(ReferralSubjectAccess.of(List.of(), null, SubjectAccessPeriod.ALL)).isEmpty();
        }
    }
}
