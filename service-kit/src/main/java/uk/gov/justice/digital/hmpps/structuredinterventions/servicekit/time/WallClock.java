package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The wall clock, never replaced by a test: for what is judged by real time, such as a bearer token's age, which
 * smallrye-jwt judges by the system clock too. The unqualified {@link java.time.Clock} is the service's business clock,
 * which a test may move to a booked day.
 */
@Qualifier
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER})
public @interface WallClock {
}
