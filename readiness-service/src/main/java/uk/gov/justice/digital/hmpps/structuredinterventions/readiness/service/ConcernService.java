package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Concern;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.persistence.ConcernRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/** Concerns across everyone's records, for the Treatment Manager who is told of them and acknowledges them. */
@ApplicationScoped
public class ConcernService {

    /** A concern with the CRN of the person it is about. */
    @Schema(description = "A concern and the person it is about")
    public record PersonConcern(@Schema(example = "X123456") String crn, Concern.View concern) {
    }

    private final ConcernRepository concerns;

    ConcernService(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    @Transactional
    public Page<PersonConcern> find(Boolean acknowledged, int page, int size) {
        PanacheQuery<Concern> query = concerns.find(acknowledged, page, size);
        return Page.counted(query.list().stream().map(concern -> new PersonConcern(concern.crn(), concern.view())).toList(),
                page, size, limit -> Math.min(query.count(), limit));
    }
}
