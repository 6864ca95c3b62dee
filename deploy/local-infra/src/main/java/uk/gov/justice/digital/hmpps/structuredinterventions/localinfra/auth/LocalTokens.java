package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Signs bearer tokens shaped like those HMPPS Auth issues (RS256; roles in {@code authorities}; the user in
 * {@code user_name} and {@code sub}) with the local-only key. The matching public key is trusted only by the
 * {@code dev} and {@code test} profiles and by the local stack; a production deployment names HMPPS Auth's key.
 */
public final class LocalTokens {

    /** The issuer the local key signs as; the services accept it only where the local key is configured. */
    public static final String ISSUER = "urn:hmpps:structured-interventions:local-auth";
    public static final String CLIENT_ID = "structured-interventions-local";
    private static final String PRIVATE_KEY = "local-auth/private-key.pem";

    private static PrivateKey privateKey;

    private LocalTokens() {
    }

    /** A token for a person (user name) holding the given roles, valid for an hour. */
    public static String token(String userName, List<String> roles) {
        return token(userName, roles, Duration.ofHours(1));
    }

    public static String token(String userName, List<String> roles, Duration validFor) {
        return Jwt.issuer(ISSUER)
                .subject(userName)
                .claim("user_name", userName)
                .claim("authorities", List.copyOf(roles))
                .claim("client_id", CLIENT_ID)
                .claim("auth_source", "delius")
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(validFor)
                .jws()
                .keyId("structured-interventions-local")
                .sign(privateKey());
    }

    /**
     * A client-credentials token, as HMPPS Auth issues one to a system (the nDelius adapter, another service): its
     * subject is the client and it has no {@code user_name}. Valid for an hour.
     */
    public static String systemToken(List<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject(CLIENT_ID)
                .claim("authorities", List.copyOf(roles))
                .claim("client_id", CLIENT_ID)
                .claim("auth_source", "none")
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(Duration.ofHours(1))
                .jws()
                .keyId("structured-interventions-local")
                .sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (privateKey == null) {
            try (InputStream in = LocalTokens.class.getClassLoader().getResourceAsStream(PRIVATE_KEY)) {
                if (in == null) {
                    throw new IllegalStateException("the local signing key " + PRIVATE_KEY + " is not on the class path");
                }
                privateKey = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the local signing key cannot be read", e);
            }
        }
        return privateKey;
    }
}
