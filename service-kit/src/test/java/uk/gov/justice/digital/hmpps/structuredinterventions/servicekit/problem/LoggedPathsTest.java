package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedPathsTest {

    @Test
    void names_the_route_not_the_person() {
        assertThat(LoggedPaths.of("/people/X123456/readiness")).isEqualTo("/people/{crn}/readiness");
        assertThat(LoggedPaths.of("/people/X123456")).isEqualTo("/people/{crn}");
        assertThat(LoggedPaths.of("/subject-access-request?crn=X123456")).isEqualTo("/subject-access-request?crn={crn}");
    }

    @Test
    void leaves_paths_without_a_crn_as_they_are() {
        assertThat(LoggedPaths.of("/referrals/0b5e6c5e-1f1e-4c1e-9a1e-3f1e2d3c4b5a/submit"))
                .isEqualTo("/referrals/0b5e6c5e-1f1e-4c1e-9a1e-3f1e2d3c4b5a/submit");
        assertThat(LoggedPaths.of("/regions/london/offerings/AB1234567")).isEqualTo("/regions/london/offerings/AB1234567");
        assertThat(LoggedPaths.of(null)).isNull();
    }
}
