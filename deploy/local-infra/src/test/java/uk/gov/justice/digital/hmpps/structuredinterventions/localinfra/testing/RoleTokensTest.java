package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTokensTest {

    @Test
    void names_the_user_of_a_role_by_its_last_word() {
        assertThat(RoleTokens.userFor("ROLE_STRUCTURED_INTERVENTIONS__PRACTITIONER")).isEqualTo("A_PRACTITIONER");
        assertThat(RoleTokens.userFor("ROLE_STRUCTURED_INTERVENTIONS__TREATMENT_MANAGER")).isEqualTo("A_MANAGER");
        assertThat(RoleTokens.userFor("ROLE_STRUCTURED_INTERVENTIONS__DELIUS_SYNC")).isEqualTo("A_SYNC");
        assertThat(RoleTokens.userFor("ROLE_SAR_DATA_ACCESS")).isEqualTo("A_ACCESS");
    }

    @Test
    void signs_a_token_for_the_user_and_roles() {
        assertThat(RoleTokens.token("A_USER", "ROLE_A", "ROLE_B").split("\\.")).hasSize(3);
    }
}
