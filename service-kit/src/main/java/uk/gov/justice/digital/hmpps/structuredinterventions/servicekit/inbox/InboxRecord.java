package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An event a consumer has handled; its presence is what makes a redelivery a no-op. */
@Entity
@Table(name = "inbox_event")
@IdClass(InboxRecord.Key.class)
public class InboxRecord {

    @Id
    public String consumer;

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;

    /** The W3C {@code traceparent} the event arrived with; null when it carried none. */
    public String traceparent;

    public record Key(String consumer, String eventId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
