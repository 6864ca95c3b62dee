package uk.gov.justice.digital.hmpps.structuredinterventions.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.PersonReadiness;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReadinessAssessment;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.events.ReadinessReports;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.persistence.PersonReadinessRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PoisonEventException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.ReceivedEvent;

/**
 * Keeps what the readiness service reports: the module's completion for the person, each assessment for the referrals
 * it was made for, moving them accordingly. Runs inside the inbox's transaction, so a repeated event is not applied
 * twice; an assessment older than the one a referral holds changes nothing.
 */
@ApplicationScoped
public class PersonReadinessService {

    private static final Logger LOG = Logger.getLogger(PersonReadinessService.class);

    private final PersonReadinessRepository people;
    private final ReferralService referrals;
    private final ObjectMapper json;

    PersonReadinessService(PersonReadinessRepository people, ReferralService referrals, ObjectMapper json) {
        this.people = people;
        this.referrals = referrals;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ReceivedEvent event) {
        switch (event.type()) {
            case ReadinessReports.MODULE_COMPLETED -> {
                ReadinessReports.ModuleCompleted completed = event.dataAs(ReadinessReports.ModuleCompleted.class, json);
                PersonReadiness person = person(event, completed.personReference());
                if (completed.completedAt() == null) {
                    throw new PoisonEventException("event " + event.id() + " has no completedAt");
                }
                if (person.moduleCompleted(completed.completedAt())) {
                    referrals.moduleCompleted(person);
                }
            }
            case ReadinessReports.ASSESSED -> {
                ReadinessReports.Assessed assessed = event.dataAs(ReadinessReports.Assessed.class, json);
                PersonReadiness person = person(event, assessed.personReference());
                if (assessed.assessedAt() == null || assessed.ready() == null) {
                    throw new PoisonEventException("event " + event.id() + " lacks assessedAt or ready");
                }
                if (hasEmptyEntry(assessed.barriers()) || hasEmptyEntry(assessed.referralIds())) {
                    // An assessment cannot be kept with a barrier or a referral that is null: retrying cannot help.
                    throw new PoisonEventException("event " + event.id()
                            + " has an empty entry in barriers or referralIds");
                }
                // Without referralIds (an event from before assessments named them) it stands for the referrals
                // submitted by the time it was made: ReadinessAssessment.covers.
                referrals.assessed(person, new ReadinessAssessment(assessed.assessmentId(), assessed.assessedAt(),
                        assessed.ready(), assessed.barriers(), assessed.referralIds()));
            }
            default -> LOG.debugf("Ignoring readiness event %s of type %s", event.id(), event.type());
        }
    }

    private static boolean hasEmptyEntry(List<?> values) {
        return values != null && values.stream().anyMatch(Objects::isNull);
    }

        private PersonReadiness person(ReceivedEvent event, PersonReference reference) {
        return people.lockOrCreate(event.crnOf(reference));
    }
}
