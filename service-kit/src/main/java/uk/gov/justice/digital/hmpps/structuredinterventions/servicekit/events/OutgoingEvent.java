package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A domain event a service wants to publish: the topic, the record key consumers order by, the HMPPS-style type
 * ({@code structured-interventions.referral.submitted}), the subject (the aggregate id) and the JSON-serialisable
 * data.
 */
public record OutgoingEvent(String topic, String key, String type, String subject, Object data) {

    private static final Pattern TYPE = Pattern.compile("structured-interventions(\\.[a-z][a-z-]*){2}");

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException(
                    "event type must read structured-interventions.<entity>.<past-tense-verb>, not " + type);
        }
    }
}
