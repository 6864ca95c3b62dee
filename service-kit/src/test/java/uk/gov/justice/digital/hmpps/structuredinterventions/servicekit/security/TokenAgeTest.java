package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/** The kit's checks of when a token was issued and how old it is, on verified and remembered tokens alike. */
class TokenAgeTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final MovingClock clock = new MovingClock();
    private final VerifiedTokens tokens = tokens(clock);

    /** Tokens the stand-in verifier accepts: the claims are written in the token's text, "iat,exp" in seconds. */
    private static VerifiedTokens tokens(Clock clock) {
        VerifiedTokens tokens = new VerifiedTokens(clock, config()) {
            @Override
            public JsonWebToken parse(String token, JWTAuthContextInfo context) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, PublicKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken parseOnly(String token) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken verify(String token, SecretKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, PrivateKey key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public JsonWebToken decrypt(String token, SecretKey key) {
                throw new UnsupportedOperationException();
            }
        };
        tokens.parser = StandInVerifier.create();
        return tokens;
    }

    private static ServiceKitConfig config() {
        ServiceKitConfig.Security security = new ServiceKitConfig.Security() {
            @Override
            public int verifiedTokens() {
                return 100;
            }

            @Override
            public Duration maxTokenAge() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration clockSkew() {
                return Duration.ofSeconds(60);
            }
        };
        return (ServiceKitConfig) java.lang.reflect.Proxy.newProxyInstance(TokenAgeTest.class.getClassLoader(),
                new Class<?>[] {ServiceKitConfig.class},
                (proxy, method, args) -> "security".equals(method.getName()) ? security : null);
    }

    private static String token(Instant issuedAt, Instant expires) {
        return (issuedAt == null ? "-" : String.valueOf(issuedAt.getEpochSecond())) + "," + expires.getEpochSecond();
    }

    @Nested
    class When_it_was_issued {

        @Test
        void a_token_issued_now_is_accepted() throws ParseException {
            assertThat(tokens.parse(token(NOW, NOW.plus(Duration.ofMinutes(20))))).isNotNull();
        }

        @Test
        void a_token_issued_ten_years_from_now_is_refused() {
            Instant future = NOW.plus(Duration.ofDays(3650));
            assertThatThrownBy(() -> tokens.parse(token(future, future.plus(Duration.ofMinutes(20)))))
                    .isInstanceOf(ParseException.class).hasMessageContaining("issued in the future");
        }

        @Test
        void a_token_issued_within_the_clock_skew_is_accepted_and_beyond_it_refused() throws ParseException {
            Instant soon = NOW.plusSeconds(59);
            assertThat(tokens.parse(token(soon, soon.plus(Duration.ofMinutes(20))))).isNotNull();
            Instant later = NOW.plusSeconds(61);
            assertThatThrownBy(() -> tokens.parse(token(later, later.plus(Duration.ofMinutes(20)))))
                    .isInstanceOf(ParseException.class);
        }
    }

    @Nested
    class How_old_it_is {

        @Test
        void a_token_older_than_the_maximum_age_is_refused_though_it_has_not_expired() {
            Instant issued = NOW.minus(Duration.ofHours(2));
            assertThatThrownBy(() -> tokens.parse(token(issued, NOW.plus(Duration.ofMinutes(5)))))
                    .isInstanceOf(ParseException.class).hasMessageContaining("older than the maximum token age");
        }

        @Test
        void a_token_without_iat_valid_for_longer_than_the_maximum_age_is_refused() throws ParseException {
            assertThat(tokens.parse(token(null, NOW.plus(Duration.ofMinutes(20))))).isNotNull();
            assertThatThrownBy(() -> tokens.parse(token(null, NOW.plus(Duration.ofDays(3650)))))
                    .isInstanceOf(ParseException.class).hasMessageContaining("maximum token age");
        }

        @Test
        void a_remembered_token_is_refused_once_it_passes_the_maximum_age() throws ParseException {
            String token = token(NOW, NOW.plus(Duration.ofHours(1)));
            JsonWebToken remembered = tokens.parse(token);
            clock.advance(Duration.ofMinutes(30));
            assertThat(tokens.parse(token)).isSameAs(remembered);

            clock.advance(Duration.ofMinutes(31).plusSeconds(30));

            assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        }
    }

    /** Accepts any token, reading its claims from its text. */
    private static final class StandInVerifier {

        static JWTParser create() {
            return (JWTParser) java.lang.reflect.Proxy.newProxyInstance(TokenAgeTest.class.getClassLoader(),
                    new Class<?>[] {JWTParser.class}, (proxy, method, args) -> parse((String) args[0]));
        }

        static JsonWebToken parse(String token) {
            String[] parts = token.split(",");
            JwtClaims claims = new JwtClaims();
            claims.setSubject("A_USER");
            if (!"-".equals(parts[0])) {
                claims.setIssuedAt(NumericDate.fromSeconds(Long.parseLong(parts[0])));
            }
            claims.setExpirationTime(NumericDate.fromSeconds(Long.parseLong(parts[1])));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }
}
