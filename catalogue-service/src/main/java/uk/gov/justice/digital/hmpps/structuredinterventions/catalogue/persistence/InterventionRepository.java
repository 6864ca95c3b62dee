package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Coverage;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionType;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Offering;

@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

    /**
     * The intervention, read under a row lock held until the transaction ends: every change of an intervention reads
     * it so, before its If-Match check, and changes made at once wait their turn (each then sees the one before it)
     * instead of all passing the check and all but one failing at commit as a simultaneous change.
     */
    public Optional<Intervention> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = ?1 and id <> ?2", name.strip().toLowerCase(Locale.UK), except) > 0;
    }

    /** The names of the published interventions that name {@code id} as their accredited alternative. */
    public List<String> publishedNamingAsAlternative(UUID id) {
        return find("alternative.id = ?1 and status = ?2 order by name", id, InterventionStatus.PUBLISHED)
                .project(InterventionName.class).list().stream().map(InterventionName::name).toList();
    }

    /** Projection of an intervention's name. */
    public record InterventionName(String name) {
    }

    /** Every published Structured Intervention offered anywhere, for the coverage rule. */
    public List<Coverage.Offered> offeredStructuredInterventions() {
        return getEntityManager().createQuery("""
                select new %s(o.region, i.needArea, i.id, i.name, o.basis)
                from Offering o join o.intervention i
                where i.status = :published and i.type = :structured""".formatted(Coverage.Offered.class.getName()),
                        Coverage.Offered.class)
                .setParameter("published", InterventionStatus.PUBLISHED)
                .setParameter("structured", InterventionType.STRUCTURED_INTERVENTION)
                .getResultList();
    }

    /** The offerings in a region, by intervention name. */
    public List<Offering> offeringsIn(String region) {
        return getEntityManager().createQuery("""
                select o from Offering o join fetch o.intervention i
                where o.region = :region order by lower(i.name), i.id""", Offering.class)
                .setParameter("region", region)
                .getResultList();
    }

    /** Interventions that the seed migration loaded and the service has not yet announced, locked. */
    public List<Intervention> awaitingAnnouncement() {
        return find("announceOnStart = true order by id").withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * An intervention on a page of a search: its id, its version and its accredited alternative's version (the view
     * shows the alternative's name). Together they name one state of what {@code GET /interventions/{id}} shows.
     */
    public record Listed(UUID id, long version, Long alternativeVersion) {
    }

    /** The interventions on one page of those that match every given filter, by name: two columns each, no more. */
    public List<Listed> searchPage(InterventionSearch search, int page, int size) {
        Parameters parameters = new Parameters();
        String where = where(search, parameters);
        var query = getEntityManager().createQuery("select new " + Listed.class.getName()
                + "(i.id, i.version, a.version) from Intervention i left join i.alternative a" + where
                + " order by lower(i.name), i.id", Listed.class);
        parameters.map().forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** How many interventions match every given filter. */
    public long countMatching(InterventionSearch search) {
        Parameters parameters = new Parameters();
        String where = where(search, parameters);
        var query = getEntityManager().createQuery("select count(i) from Intervention i" + where, Long.class);
        parameters.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The intervention's id and version and its alternative's version, if it exists. */
    public Optional<Listed> listed(UUID id) {
        return getEntityManager().createQuery("select new " + Listed.class.getName()
                        + "(i.id, i.version, a.version) from Intervention i left join i.alternative a where i.id = :id",
                        Listed.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The interventions with these ids, in no particular order. */
    public List<Intervention> withIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    private static String where(InterventionSearch search, Parameters parameters) {
        List<String> where = new ArrayList<>();
        if (search.needArea() != null) {
            where.add("i.needArea = :needArea");
            parameters.and("needArea", search.needArea());
        }
        if (search.type() != null) {
            where.add("i.type = :type");
            parameters.and("type", search.type());
        }
        if (search.status() != null) {
            where.add("i.status = :status");
            parameters.and("status", search.status());
        }
        if (search.text() != null) {
            where.add("(lower(i.name) like :text escape '!' or lower(i.summary) like :text escape '!'"
                    + " or lower(i.description) like :text escape '!')");
            parameters.and("text", "%" + likeEscaped(search.text().strip().toLowerCase(Locale.UK)) + "%");
        }
        if (search.region() != null) {
            // In a region, the format and mode are those the region offers, not all the intervention could be.
            StringBuilder offered = new StringBuilder("exists (from Offering o where o.intervention = i and o.region = :region");
            parameters.and("region", search.region());
            if (search.format() != null) {
                offered.append(" and :format member of o.deliveryFormats");
                parameters.and("format", search.format());
            }
            if (search.mode() != null) {
                offered.append(" and :mode member of o.deliveryModes");
                parameters.and("mode", search.mode());
            }
            where.add(offered.append(')').toString());
        } else {
            if (search.format() != null) {
                where.add(":format member of i.deliveryFormats");
                parameters.and("format", search.format());
            }
            if (search.mode() != null) {
                where.add(":mode member of i.deliveryModes");
                parameters.and("mode", search.mode());
            }
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
