package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.OutgoingEvent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.outbox.Outbox;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/**
 * Records who read or changed whose data as an {@link AuditEvent} on the audit topic ({@code audit.events}, keyed by
 * CRN), through the outbox: the record commits with the read's or the change's transaction, or not at all. A refused
 * request rolls back and leaves no record.
 *
 * <p>Each method returns what it was given, so a service method audits in its return statement:
 * {@code return audit.read("READ_REFERRAL", find(id).view(), ReferralView::crn, id);}
 */
@ApplicationScoped
public class Audit {

    /** The CloudEvents type of every audit record on the topic. */
    public static final String TYPE = "structured-interventions.audit.recorded";
    /** Who a record names when no user's request is in progress. */
    public static final String SYSTEM = "system";

    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditConfig config;
    private final Instance<CurrentUser> currentUser;
    private final Instance<RequestIds> requestIds;

    Audit(Outbox outbox, ObjectMapper json, Clock clock, AuditConfig config, Instance<CurrentUser> currentUser,
            Instance<RequestIds> requestIds) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.config = config;
        this.currentUser = currentUser;
        this.requestIds = requestIds;
    }

    /** One resource about the person {@code crnOf(result)} was read; returns the result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T read(String what, T result, Function<? super T, String> crnOf, Object resourceId) {
        record(what, crnOf.apply(result), AuditEvent.Operation.READ, resourceId, null);
        return result;
    }

    /** One resource about the person {@code crn} was read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String what, String crn, Object resourceId) {
        record(what, crn, AuditEvent.Operation.READ, resourceId, null);
    }

    /** The person {@code crnOf(result)}'s data was created or changed; returns the result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T changed(String what, T result, Function<? super T, String> crnOf, Object resourceId) {
        record(what, crnOf.apply(result), AuditEvent.Operation.CHANGE, resourceId, null);
        return result;
    }

    /** A person's data was created: the resource's id is known only once it exists. Returns the result. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T created(String what, T result, Function<? super T, String> crnOf,
            Function<? super T, ?> resourceIdOf) {
        record(what, crnOf.apply(result), AuditEvent.Operation.CHANGE, resourceIdOf.apply(result), null);
        return result;
    }

    /**
     * A list was read: one record for the request, about the CRN it was filtered by (if any), naming in its details
     * the CRNs the page showed. Returns the page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Page<T> searched(String what, String filterCrn, Page<T> page, Function<? super T, String> crnOf) {
        List<String> shown = page.content().stream().map(crnOf).filter(Objects::nonNull).distinct().toList();
        record(what, filterCrn, AuditEvent.Operation.SEARCH, null, shown);
        return page;
    }

    /** The record for the current request, as it would be written. */
    AuditEvent event(String what, String crn, AuditEvent.Operation operation, Object resourceId,
            Collection<String> crns) {
        String requestId = requestId();
        AuditEvent.Details details = new AuditEvent.Details(operation,
                resourceId == null ? null : resourceId.toString(), crns == null ? null : List.copyOf(crns),
                requestId, traceId());
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details cannot be written as JSON", e);
        }
        return new AuditEvent(what, clock.instant(), who(), config.service(), crn, crn == null ? null : AuditEvent.CRN,
                requestId, detailsJson);
    }

    private void record(String what, String crn, AuditEvent.Operation operation, Object resourceId,
            Collection<String> crns) {
        AuditEvent event = event(what, crn, operation, resourceId, crns);
        // Keyed by the CRN, so one person's records stay in order; a search without one is keyed by the service.
        // Nobody waits for an audit record: it goes with the relay's next batch rather than waking it for each read.
        outbox.publishWithNextBatch(new OutgoingEvent(config.topic(), crn == null ? config.service() : crn, TYPE,
                resourceId == null ? null : resourceId.toString(), event));
    }

    private String who() {
        return requestActive() && currentUser.isResolvable() ? currentUser.get().userName() : SYSTEM;
    }

    private String requestId() {
        return requestActive() && requestIds.isResolvable() ? requestIds.get().current() : null;
    }

    private static String traceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    private static boolean requestActive() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return false;
        }
        InjectableContext context = container.requestContext();
        return context != null && context.isActive();
    }
}
