package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event waiting in the outbox, written in the same transaction as the change it reports. */
@Entity
@Table(name = "outbox_event")
public class OutboxRecord {

    /** The CloudEvents id. */
    @Id
    public UUID id;

    /** The order events were written in; the relay publishes in this order. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "event_key")
    public String key;

    @Column(name = "event_type")
    public String type;

    public String source;

    public String subject;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String payload;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The W3C {@code traceparent} of the transaction that wrote the event; null when it was not traced. */
    public String traceparent;

    /** The W3C {@code tracestate} that went with it, if any. */
    public String tracestate;
}
