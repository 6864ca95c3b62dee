package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Coverage;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionType;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Offering;

@ApplicationScoped
public class InterventionRepository implements PanacheRepositoryBase<Intervention, UUID> {

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
                select new %s(o.region, i.needArea, i.id, i.name)
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

    /** One page of the interventions that match every given filter, by name. */
    public PanacheQuery<Intervention> search(InterventionSearch search, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
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
        String query = "from Intervention i" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by lower(i.name), i.id";
        return find(query, parameters).page(Page.of(page, size));
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
