package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the current request, for recording who made a change. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The HMPPS Auth user name ({@code user_name}), or the token's subject for a system client. */
    public String userName() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object userName = token.getClaim("user_name");
            if (userName != null && !userName.toString().isBlank()) {
                return userName.toString();
            }
            if (token.getSubject() != null) {
                return token.getSubject();
            }
        }
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
