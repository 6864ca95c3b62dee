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
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.WallClock;

/**
 * Remembers each bearer token smallrye-jwt has verified, until the token expires. A client sends the same token with
 * every request for the token's lifetime, and verifying its RS256 signature again each time was the largest single
 * cost of a small read. Only {@link JWTParser#parse(String)}, the call the bearer-token mechanism makes, is remembered;
 * the security identity is still built afresh for each request. A token is remembered only once it has passed every
 * check, under the exact text the client sent, and never past its {@code exp}; a token that fails is checked again
 * each time it is sent. Bounded by {@code structured-interventions.security.verified-tokens}.
 * <p>
 * Every token, remembered or not, is also refused when it was issued ({@code iat}) further in the future than the clock
 * skew, or is older than {@code structured-interventions.security.max-token-age}: older since its {@code iat}, or, as
 * HMPPS Auth's tokens carry no {@code iat}, expiring ({@code exp}) further from now than that age. smallrye-jwt checks
 * neither: a token issued ten years from now, or valid for ten years, would otherwise be accepted.
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
    private final long maxAgeMillis;
    private final long skewMillis;

    /**
     * Tokens are judged by the wall clock, as smallrye-jwt judges their {@code exp}: never by the service's
     * {@link Clock} bean, which a test may move to a booked day.
     */
    @Inject
    VerifiedTokens(@WallClock Clock clock, ServiceKitConfig config) {
        this.clock = clock;
        this.maxAgeMillis = config.security().maxTokenAge().toMillis();
        this.skewMillis = config.security().clockSkew().toMillis();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.security().verifiedTokens())
                .expireAfter(new UntilItExpires(clock))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && !expired(known, clock)) {
            return timely(known);
        }
        JsonWebToken checked = timely(parser.parse(token));
        verified.put(token, checked);
        return checked;
    }

    /** The token, when it was issued no later than now (give or take the skew) and is no older than the maximum age. */
    private JsonWebToken timely(JsonWebToken token) throws ParseException {
        long now = clock.millis();
        Long issuedAt = token.getClaim("iat") == null ? null : token.getIssuedAtTime();
        if (issuedAt != null && issuedAt > 0) {
            long issued = issuedAt * 1000;
            if (issued > now + skewMillis) {
                throw new ParseException("the token was issued in the future");
            }
            if (now - issued > maxAgeMillis + skewMillis) {
                throw new ParseException("the token is older than the maximum token age");
            }
        }
        if (token.getExpirationTime() * 1000 - now > maxAgeMillis + skewMillis) {
            throw new ParseException("the token stays valid for longer than the maximum token age");
        }
        return token;
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
