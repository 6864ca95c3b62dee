package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.CatalogueIntervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.PersonReadiness;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReadinessAssessment;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.Referral;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralEligibility;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralView;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.StatusChange;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.TransitionTrigger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReasonCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.CatalogueInterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.PersonReadinessRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.ReferralRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.time.UkTime;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/** Drafts, submits and moves referrals, each move logged and reported on {@code referral.events}. */
@ApplicationScoped
public class ReferralService {

    /** One entry of a referral's status log. */
    public record HistoryEntry(ReferralStatus from, ReferralStatus to, TransitionTrigger trigger, String changedBy,
            OffsetDateTime changedAt, ReasonCode reasonCode, String reason, String notes) {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(change.from(), change.to(), change.trigger(), change.changedBy(),
                    change.changedAt(), change.reasonCode(), change.reason(), change.notes());
        }
    }


    private final ReferralRepository referrals;
    private final CatalogueInterventionRepository catalogue;
    private final PersonReadinessRepository readiness;
    private final ReferralEvents events;
    private final Clock clock;
    private final LimitedAccess limitedAccess;
    private final Audit audit;

    ReferralService(ReferralRepository referrals, CatalogueInterventionRepository catalogue,
            PersonReadinessRepository readiness, ReferralEvents events, Clock clock, LimitedAccess limitedAccess,
            Audit audit) {
        this.limitedAccess = limitedAccess;
        this.audit = audit;
        this.referrals = referrals;
        this.catalogue = catalogue;
        this.readiness = readiness;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ReferralView create(ReferralDetails details, String by) {
        limitedAccess.requireAccess(details.crn());
        Referral referral = Referral.draft(UUID.randomUUID(), details, interventionName(details.interventionId()), by,
                now());
        referrals.persist(referral);
        referrals.flush();
        return audit.changed("CREATE_REFERRAL", referral.view(), ReferralView::crn, referral.id());
    }

    @Transactional
    public ReferralView get(UUID id) {
        return audit.read("READ_REFERRAL", find(id).view(), ReferralView::crn, id);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        Referral referral = find(id);
        audit.read("READ_REFERRAL_HISTORY", referral.crn(), id);
        return referral.history().stream().map(HistoryEntry::of).toList();
    }

    @Transactional
    public Page<ReferralView> search(ReferralSearch search, int page, int size) {
        // Restricted and excluded cases the caller may not see are left out of the page and its count alike.
        LimitedAccess.ListFilter visible = limitedAccess.listFilter();
        return audit.searched("SEARCH_REFERRALS", search.crn(), Page.counted(
                referrals.search(search, visible, page, size).stream().map(Referral::view).toList(), page, size,
                limit -> referrals.countUpTo(search, visible, limit)), ReferralView::crn);
    }

    /**
     * Hands a draft over to another practitioner, who becomes its author ({@link Referral#handOver}). Drafts publish
     * no event, so neither does a hand-over.
     */
    @Transactional
    public ReferralView handOver(UUID id, Long expectedVersion, String to, String reason, Collection<String> roles,
            String by) {
        Referral referral = current(id, expectedVersion);
        referral.handOver(to, reason, roles, by, now());
        referrals.flush();
        return audit.changed("HAND_OVER_REFERRAL", referral.view(), ReferralView::crn, id);
    }

    @Transactional
    public ReferralView revise(UUID id, Long expectedVersion, ReferralDetails details, String by) {
        Referral referral = current(id, expectedVersion);
        referral.revise(details, interventionName(details.interventionId()), by, now());
        referrals.flush();
        return audit.changed("REVISE_REFERRAL", referral.view(), ReferralView::crn, id);
    }

    /**
     * Submits a draft after checking it against this service's copy of the catalogue, which is built from catalogue
     * events alone, so submission works while catalogue-service is down.
     */
    @Transactional
    public ReferralView submit(UUID id, Long expectedVersion, String by) {
        Referral referral = current(id, expectedVersion);
        // A draft belongs to its author: refused before anything else is checked or locked.
        referral.requireAuthor(by, "submit");
        ReferralDetails details = referral.details();
        // Taken before anything is decided, so submissions and readiness reports for one person keep their order.
        readiness.lockOrCreate(details.crn());
        Optional<CatalogueIntervention> intervention = catalogue.findByIdOptional(details.interventionId());
        if (referral.status() == ReferralStatus.DRAFT
                && referrals.activeExists(details.crn(), details.interventionId(), id)) {
            throw new ProblemException(ProblemType.CONFLICT, "The person " + details.crn()
                    + " already has an active referral to this intervention", null,
                    List.of(new FieldError("interventionId", "already has an active referral for this person")));
        }
        OffsetDateTime now = now();
        // Age is taken on the day of submission in England and Wales, not in UTC.
        List<FieldError> broken = ReferralEligibility.check(details, intervention.map(CatalogueIntervention::facts),
                UkTime.dateOf(now));
        referral.submit(broken, intervention.map(CatalogueIntervention::name).orElse(null), by, now);
        events.moved(referral, referral.history().get(referral.history().size() - 1));
        // Readiness belongs to the referral: even a person who completed the module and was assessed ready for an
        // earlier referral waits for an assessment made for this one (ADR 0011).
        return audit.changed("SUBMIT_REFERRAL", referral.view(), ReferralView::crn, id);
    }

    @Transactional
    public ReferralView transition(UUID id, Long expectedVersion, ReferralStatus to, Collection<String> roles,
            ReasonCode reasonCode, String reason, String notes, String by) {
        Referral referral = find(id);
        // Readiness reports for the person take this lock first too, so a move by hand (an allocation) and a report
        // (readiness lost) run one after the other, and the second sees what the first did.
        readiness.lockOrCreate(referral.crn());
        referrals.reload(referral);
        ETags.requireCurrent(expectedVersion, referral.version(), "The referral");
        StatusChange change = referral.transition(to, roles, reasonCode, reason, notes, by, now());
        events.moved(referral, change);
        return audit.changed("CHANGE_REFERRAL_STATUS", referral.view(), ReferralView::crn, id);
    }

    /**
     * Applies an assessment to each open referral of the person it was made for: a move is reported as a status
     * change, a concern raised on an allocated or in-progress referral as a readiness concern.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assessed(PersonReadiness person, ReadinessAssessment assessment) {
        OffsetDateTime now = now();
        for (Referral referral : referrals.openAfterSubmission(person.crn())) {
            Referral.ReadinessOutcome outcome = referral.assessed(assessment, person.moduleComplete(), now);
            outcome.moved().ifPresent(change -> events.moved(referral, change));
            outcome.concern().ifPresent(concern -> events.readinessConcernRaised(referral, concern));
        }
    }

    /** The person completed the module: each referral waiting on readiness and assessed ready for it moves on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moduleCompleted(PersonReadiness person) {
        OffsetDateTime now = now();
        for (Referral referral : referrals.waitingOnReadiness(person.crn())) {
            referral.moduleCompleted(now).ifPresent(change -> events.moved(referral, change));
        }
    }

    /** The referral, once the caller may see its person: every read and write of a referral starts here. */
    private Referral find(UUID id) {
        Referral referral = referrals.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Referral", id));
        limitedAccess.requireAccess(referral.crn());
        return referral;
    }

    private Referral current(UUID id, Long expectedVersion) {
        Referral referral = find(id);
        ETags.requireCurrent(expectedVersion, referral.version(), "The referral");
        return referral;
    }

    private String interventionName(UUID interventionId) {
        return catalogue.findByIdOptional(interventionId).map(CatalogueIntervention::name).orElse(null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
