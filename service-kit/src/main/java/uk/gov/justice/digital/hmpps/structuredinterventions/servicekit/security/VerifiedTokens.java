package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.config.ServiceKitConfig;

/**
 * Remembers each bearer token smallrye-jwt has verified, until the token expires. A client sends the same token with
 * every request for the token's lifetime, and verifying its RS256 signature again each time was the largest single
 * cost of a small read. Only {@link JWTParser#parse(String)}, the call the bearer-token mechanism makes, is remembered;
 * the security identity is still built afresh for each request. A token is remembered only once it has passed every
 * check, under the exact text the client sent, and never past its {@code exp}; a token that fails is checked again
 * each time it is sent. Bounded by {@code structured-interventions.security.verified-tokens}.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokens implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokens(Clock clock, ServiceKitConfig config) {
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.security().verifiedTokens())
                .expireAfter(new UntilItExpires(clock))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && !expired(known, clock)) {
            return known;
        }
        JsonWebToken checked = parser.parse(token);
        verified.put(token, checked);
        return checked;
    }

    static boolean expired(JsonWebToken token, Clock clock) {
        return token.getExpirationTime() * 1000 <= clock.millis();
    }

    /** An entry lives until its token's {@code exp}. */
    private record UntilItExpires(Clock clock) implements Expiry<String, JsonWebToken> {

        @Override
        public long expireAfterCreate(String key, JsonWebToken token, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, token.getExpirationTime() * 1000 - clock.millis()));
        }

        @Override
        public long expireAfterUpdate(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return expireAfterCreate(key, token, currentTime);
        }

        @Override
        public long expireAfterRead(String key, JsonWebToken token, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
