package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.LinkedReferral;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.events.ReferralReport;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ReadinessRecordRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/**
 * Links referrals to people's records from {@code referral.events}: a submitted referral links to the person's record,
 * opening it if need be; a withdrawn one unlinks; other moves update the status shown. Runs in the inbox's
 * transaction, so a repeated event has no second effect, and each referral's version guards against stale reports.
 */
@ApplicationScoped
public class ReferralLinks {

    private static final Logger LOG = Logger.getLogger(ReferralLinks.class);

    private final ReadinessRecordRepository records;
    private final ObjectMapper json;
    private final Clock clock;

    ReferralLinks(ReadinessRecordRepository records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReceivedEvent event) {
        boolean submission = ReferralReport.SUBMITTED.equals(event.type());
        if (!submission && !ReferralReport.STATUS_CHANGED.equals(event.type())
                && !ReferralReport.WITHDRAWN.equals(event.type())) {
            LOG.debugf("Ignoring referral event %s of type %s", event.id(), event.type());
            return;
        }
        ReferralReport report = event.dataAs(ReferralReport.class, json);
        String crn = event.crnOf(report.personReference());
        if (report.referralId() == null || report.to() == null || report.version() == null
                || report.changedAt() == null) {
            throw new PoisonEventException("event " + event.id() + " lacks referralId, to, version or changedAt");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        records.lockOrOpen(crn, now).referralReported(new LinkedReferral.Report(report.referralId(),
                report.interventionId(), report.interventionName(), report.region(), report.to(), report.changedBy(),
                report.changedAt(), report.version(), report.detailUrl(), submission), now);
    }
}
