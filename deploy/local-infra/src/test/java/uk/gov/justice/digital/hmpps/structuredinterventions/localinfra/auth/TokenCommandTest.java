package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCommandTest {

    @Test
    void a_short_name_is_a_structured_interventions_role_and_a_full_hmpps_role_is_taken_as_written() {
        assertThat(TokenCommand.roles("practitioner, ROLE_SAR_DATA_ACCESS,,READ_ONLY"))
                .containsExactly("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER", "ROLE_SAR_DATA_ACCESS",
                        "ROLE_STRUCTURED_INTERVENTIONS__READ_ONLY");
    }
}
