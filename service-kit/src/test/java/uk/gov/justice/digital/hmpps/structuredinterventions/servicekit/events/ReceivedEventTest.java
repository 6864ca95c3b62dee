package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    private static final ReceivedEvent EVENT = new ReceivedEvent("e1", "structured-interventions.referral.submitted",
            "urn:test", null, null, "X123456", "referral.events", 0, 0, null);

    @Test
    void reads_the_crn_a_person_reference_names() {
        PersonReference reference = new PersonReference(List.of(new PersonReference.Identifier("NOMS", "A1234BC"),
                new PersonReference.Identifier("CRN", "X123456")));

        assertThat(EVENT.crnOf(reference)).isEqualTo("X123456");
    }

    @Test
    void a_reference_without_a_valid_crn_is_poison_naming_the_event() {
        for (PersonReference bad : new PersonReference[] {null, new PersonReference(null),
                PersonReference.crn("x123456"), new PersonReference(List.of(new PersonReference.Identifier("NOMS", "A1")))}) {
            assertThatThrownBy(() -> EVENT.crnOf(bad)).isInstanceOf(PoisonEventException.class).hasMessageContaining("e1");
        }
    }
}
