package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth.LocalTokens;

/**
 * Bearer tokens for the roles of the services, signed by the local key that the {@code test} profile trusts, and
 * requests that carry them.
 */
public final class RoleTokens {

    private RoleTokens() {
    }

    /**
     * The user a token for the role is issued to when a test names none: {@code A_} and the role's last word, as
     * {@code A_PRACTITIONER}, {@code A_MANAGER} (treatment manager), {@code A_SYNC} (nDelius), {@code A_ONLY}.
     */
    public static String userFor(String role) {
        return "A_" + role.substring(role.lastIndexOf('_') + 1);
    }

    /** A token for {@link #userFor the role's user} holding the one role. */
    public static String token(String role) {
        return token(userFor(role), role);
    }

    /** A token for the named user holding the roles. */
    public static String token(String userName, String... roles) {
        return LocalTokens.token(userName, List.of(roles));
    }

    /** A request, with a JSON body if it has one, by {@link #userFor the role's user} holding the role. */
    public static RequestSpecification as(String role) {
        return asUser(userFor(role), role);
    }

    /** A request, with a JSON body if it has one, by the named user holding the role. */
    public static RequestSpecification asUser(String userName, String role) {
        return given().auth().oauth2(token(userName, role)).contentType(ContentType.JSON);
    }
}
