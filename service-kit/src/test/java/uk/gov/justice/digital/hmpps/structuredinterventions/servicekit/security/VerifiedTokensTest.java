package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;

@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void a_token_is_verified_once_and_remembered_for_the_next_request() throws ParseException {
        String token = LocalTokens.token("A_USER", List.of(Roles.READ_ONLY));

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        assertThat(parser.parse(LocalTokens.token("A_USER", List.of(Roles.READ_ONLY), Duration.ofMinutes(30))))
                .isNotSameAs(parser.parse(token));
        given().auth().oauth2(token).get("/examples/me").then().statusCode(200);
    }

    @Test
    void a_token_is_forgotten_when_it_expires_and_verified_again_if_it_is_sent_after() throws Exception {
        String token = LocalTokens.token("A_USER", List.of(Roles.READ_ONLY), Duration.ofSeconds(2));
        JsonWebToken remembered = parser.parse(token);
        assertThat(parser.parse(token)).isSameAs(remembered);

        Thread.sleep(Duration.ofSeconds(3).toMillis());

        // Past its exp the verifier decides again, with its own clock skew (60 s by default): a new verification.
        assertThat(parser.parse(token)).isNotSameAs(remembered);
    }

    @Test
    void a_token_that_fails_is_not_remembered() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
    }
}
