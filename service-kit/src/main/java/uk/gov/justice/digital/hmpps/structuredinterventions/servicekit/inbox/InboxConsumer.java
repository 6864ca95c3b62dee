package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.inbox;

import java.lang.reflect.Method;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/**
 * The one shape of a service's consumer: every record of its channel goes through the {@link Inbox}, under the
 * consumer's stable name, to one effect in {@code service/}. A subclass in {@code messaging/} adds only the
 * {@code @Incoming @Blocking} method, which calls {@link #receive}.
 */
public abstract class InboxConsumer {

    private final Inbox inbox;
    private final String name;
    private final String channel;
    private final Consumer<ReceivedEvent> effect;

    /**
     * @param name the consumer's name in the inbox: stable, since renaming it would apply every kept event again
     * @param effect what an event does, run in the inbox's transaction, once per event id
     */
    protected InboxConsumer(Inbox inbox, String name, Consumer<ReceivedEvent> effect) {
        this.inbox = inbox;
        this.name = name;
        this.effect = effect;
        this.channel = inbox == null ? null : channelOf(getClass(), name);
    }

    /** The channel of the subclass's {@code @Incoming} method (the container may subclass it); the name if none. */
    private static String channelOf(Class<?> type, String fallback) {
        for (Class<?> c = type; c != null && c != InboxConsumer.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                Incoming incoming = method.getAnnotation(Incoming.class);
                if (incoming != null) {
                    return incoming.value();
                }
            }
        }
        return fallback;
    }

    /** For the container's client proxy only. */
    protected InboxConsumer() {
        this(null, null, null);
    }

    /** The consumer's name in the inbox. */
    public String name() {
        return name;
    }

    /** The messaging channel it consumes (its {@code @Incoming} name), which labels its metrics. */
    public String channel() {
        return channel;
    }

    /**
     * Hands the record to the inbox: the effect runs once, retried in place, and a poison record is not retried. The
     * handling continues the trace the record carries.
     */
    protected void receive(ConsumerRecord<String, String> record) {
        inbox.handle(name, channel, record, effect);
    }
}
