package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Concern;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ConcernSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ConcernRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.audit.Audit;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.events.PersonReference;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/** Concerns across everyone's records, for the Treatment Manager who is told of them and acknowledges them. */
@ApplicationScoped
public class ConcernService {

    /** A concern with the CRN of the person it is about. */
    @Schema(description = "A concern and the person it is about")
    public record PersonConcern(@Schema(example = "X123456", pattern = PersonReference.CRN_PATTERN) String crn, Concern.View concern) {
    }

    private final ConcernRepository concerns;

    private final LimitedAccess limitedAccess;
    private final Audit audit;

    ConcernService(ConcernRepository concerns, LimitedAccess limitedAccess, Audit audit) {
        this.concerns = concerns;
        this.limitedAccess = limitedAccess;
        this.audit = audit;
    }

    /** One page of the concerns that match, the longest waiting first, with a count bounded as the kit's pages are. */
    @Transactional
    public Page<PersonConcern> find(ConcernSearch search, int page, int size) {
        // Restricted and excluded cases the caller may not see are left out of the page and its count alike.
        LimitedAccess.ListFilter visible = limitedAccess.listFilter();
        return audit.searched("SEARCH_READINESS_CONCERNS", null, Page.counted(concerns.find(search, visible, page, size)
                        .stream().map(concern -> new PersonConcern(concern.crn(), concern.view())).toList(),
                page, size, limit -> concerns.countUpTo(search, visible, limit)), PersonConcern::crn);
    }
}
