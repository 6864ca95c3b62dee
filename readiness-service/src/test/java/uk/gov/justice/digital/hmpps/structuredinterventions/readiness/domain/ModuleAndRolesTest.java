package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/** The module's versions and content, the probation regions, and the roles people deliver and record in. */
class ModuleAndRolesTest {

    private static ModuleContent version(int number) {
        List<ModuleContent.Exercise> exercises = Arrays.stream(ExerciseCode.values())
                .map(code -> new ModuleContent.Exercise(code.ordinal() + 1, code, code.name(), "summary",
                        new ModuleContent.Video("v" + number + "-" + code.ordinal(), "title", "description"),
                        List.of("What do you think?")))
                .toList();
        return new ModuleContent(number, "Pre-intervention module", new ModuleContent.Page("About this module",
                List.of("p")), new ModuleContent.Contents("Contents", "i", "f"), exercises);
    }

    @Test
    void every_version_of_the_module_is_listed() {
        ModuleVersions versions = new ModuleVersions(List.of(version(2), version(1)));

        assertThat(versions.all()).containsOnlyKeys(1, 2);
        assertThat(versions.all().get(1).version()).isEqualTo(1);
    }

    @Test
    void an_exercise_out_of_place_is_named_by_its_number() {
        ModuleContent good = version(1);
        List<ModuleContent.Exercise> swapped = List.of(good.exercises().get(1), good.exercises().get(0),
                good.exercises().get(2), good.exercises().get(3));

        assertThatThrownBy(() -> new ModuleContent(1, "t", good.about(), good.contents(), swapped))
                .hasMessage("exercise 1 must be INTRODUCTORY_VIDEO");
    }

    @Test
    void the_twelve_probation_regions_are_known_by_their_codes() {
        assertThat(ProbationRegions.known("london")).isTrue();
        assertThat(ProbationRegions.known("north-east")).isTrue();
        assertThat(ProbationRegions.known("atlantis")).isFalse();
        assertThat(ProbationRegions.CODES).hasSize(12);
    }

    @Test
    void an_appointed_role_reads_as_words() {
        assertThat(AppointedRole.PEER_MENTOR.described()).isEqualTo("peer mentor");
        assertThat(AppointedRole.FACILITATOR.described()).isEqualTo("facilitator");
    }

    @Test
    void a_practitioner_who_is_also_a_peer_mentor_delivers_as_a_peer_mentor_and_records_for_others() {
        Recorder both = new Recorder("PP1", Set.of(Recorder.Role.PRACTITIONER, Recorder.Role.PEER_MENTOR));

        assertThat(both.deliversAs()).containsExactly(DelivererRole.PEER_MENTOR);
        assertThat(both.recordsForOthers()).isTrue();
        assertThat(Recorder.practitioner("PP1").deliversAs()).isEmpty();
    }

    @Test
    void naming_the_appointing_programme_manager_is_refused_even_without_a_role() {
        assertThat(new Deliverer("Sam", null, null, "A_PROGRAMME_MANAGER").check("deliveredBy", null))
                .extracting(FieldError::field).containsExactly("deliveredBy.appointedBy");
    }

    @Test
    void an_appointment_in_another_role_is_named_in_words() {
        Appointment facilitator = AppointmentFixtures.appointed("SAM", "Sam", AppointedRole.FACILITATOR);

        assertThat(Deliverer.appointed("Sam", DelivererRole.PEER_MENTOR, facilitator.id()).check("deliveredBy",
                facilitator)).extracting(FieldError::message)
                .containsExactly("is an appointment as a facilitator, not as a peer mentor");
    }

    @Test
    void a_withdrawn_appointment_is_named_with_when_it_was_withdrawn() {
        Appointment withdrawn = AppointmentFixtures.withdrawn("SAM", "Sam", AppointedRole.PEER_MENTOR);

        assertThat(withdrawn.withdrawnAt()).isEqualTo(ReadinessRecordFixtures.NOW.minusDays(1));
        assertThat(Deliverer.appointed("Sam", DelivererRole.PEER_MENTOR, withdrawn.id()).check("deliveredBy",
                withdrawn)).extracting(FieldError::message).containsExactly("was withdrawn at "
                        + withdrawn.withdrawnAt() + ": Sam is no longer appointed as a peer mentor");
    }
}
