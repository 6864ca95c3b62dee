package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.config.CatalogueConfig;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Intervention;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionView;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.InterventionRepository;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.persistence.InterventionRepository.Listed;

/**
 * Interventions as the API shows them, kept in memory by id and version. An intervention is a dozen tables (focus
 * areas, formats, modes, eligibility, exclusions, principles, offerings and theirs); its version rises with every
 * change, offerings included, and the view shows of other rows only its alternative's name, whose version is in the
 * key too. So a view stored under a key is right for as long as the database holds that key: every read asks the
 * database for the current keys (one statement) and builds only the views it has not seen. Nothing is ever stale,
 * on any replica, and nothing needs invalidating; old versions fall out of the bounded cache.
 */
@ApplicationScoped
public class InterventionViews {

    private final InterventionRepository interventions;
    private final Cache<Listed, InterventionView> views;

    InterventionViews(InterventionRepository interventions, CatalogueConfig config) {
        this.interventions = interventions;
        this.views = Caffeine.newBuilder().maximumSize(config.viewCacheSize()).build();
    }

    /** The views of these interventions, in the same order; those not yet seen are built from the database. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<InterventionView> of(List<Listed> listed) {
        Map<Listed, InterventionView> cached = views.getAllPresent(listed);
        Map<UUID, InterventionView> loaded = new HashMap<>();
        List<UUID> missing = listed.stream().filter(key -> !cached.containsKey(key)).map(Listed::id).toList();
        if (!missing.isEmpty()) {
            for (Intervention intervention : interventions.withIds(missing)) {
                InterventionView view = intervention.view();
                views.put(new Listed(view.id(), view.version(),
                        intervention.alternative() == null ? null : intervention.alternative().version()), view);
                loaded.put(view.id(), view);
            }
        }
        List<InterventionView> inOrder = new ArrayList<>(listed.size());
        for (Listed key : listed) {
            // One changed between the two reads shows as it is now; one deleted since is left out.
            InterventionView view = cached.containsKey(key) ? cached.get(key) : loaded.get(key.id());
            if (view != null) {
                inOrder.add(view);
            }
        }
        return inOrder;
    }

    /** The view of one intervention, if it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<InterventionView> get(UUID id) {
        return interventions.listed(id).flatMap(key -> of(List.of(key)).stream().findFirst());
    }
}
