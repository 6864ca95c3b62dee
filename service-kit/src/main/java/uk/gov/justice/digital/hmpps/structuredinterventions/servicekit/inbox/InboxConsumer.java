package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/**
 * The one shape of a service's consumer: every record of its channel goes through the {@link Inbox}, under the
 * consumer's stable name, to one effect in {@code service/}. A subclass in {@code messaging/} adds only the
 * {@code @Incoming @Blocking} method, which calls {@link #receive}.
 */
public abstract class InboxConsumer {

    private final Inbox inbox;
    private final String name;
    private final Consumer<ReceivedEvent> effect;

    /**
     * @param name the consumer's name in the inbox: stable, since renaming it would apply every kept event again
     * @param effect what an event does, run in the inbox's transaction, once per event id
     */
    protected InboxConsumer(Inbox inbox, String name, Consumer<ReceivedEvent> effect) {
        this.inbox = inbox;
        this.name = name;
        this.effect = effect;
    }

    /** For the container's client proxy only. */
    protected InboxConsumer() {
        this(null, null, null);
    }

    /** The consumer's name in the inbox. */
    public String name() {
        return name;
    }

    /** Hands the record to the inbox: the effect runs once, retried in place, and a poison record is not retried. */
    protected void receive(ConsumerRecord<String, String> record) {
        inbox.handle(name, record, effect);
    }
}
