package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;

@ApplicationScoped
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /** All of the person's contacts, earliest first. */
    public List<Contact> ofPerson(String crn) {
        return list("crn = ?1 order by date, startTime, id", crn);
    }

    public Optional<Contact> findBySource(String sourceReference) {
        return find("sourceReference", sourceReference).firstResultOptional();
    }

    public Optional<Contact> moduleCompletionOf(String crn) {
        return find("crn = ?1 and type = ?2", crn, ContactType.PIM_COMPLETION).firstResultOptional();
    }

    /** One page of the person's matching contacts, latest first. */
    public PanacheQuery<Contact> search(ContactSearch search, int page, int size) {
        List<String> where = new ArrayList<>(List.of("crn = :crn"));
        Parameters parameters = Parameters.with("crn", search.crn());
        if (search.from() != null) {
            where.add("date >= :from");
            parameters.and("from", search.from());
        }
        if (search.to() != null) {
            where.add("date <= :to");
            parameters.and("to", search.to());
        }
        if (search.type() != null) {
            where.add("type = :type");
            parameters.and("type", search.type());
        }
        return find(String.join(" and ", where) + " order by date desc, startTime desc nulls last, id", parameters)
                .page(Page.of(page, size));
    }
}
