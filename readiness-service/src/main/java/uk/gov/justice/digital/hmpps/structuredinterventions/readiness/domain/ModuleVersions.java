package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * Every published version of the module's content. A change of content makes a new version and the old ones stay, so
 * each record keeps, and can show, the version it used.
 */
public final class ModuleVersions {

    private final TreeMap<Integer, ModuleContent> versions = new TreeMap<>();

    public ModuleVersions(List<ModuleContent> contents) {
        for (ModuleContent content : contents) {
            if (versions.put(content.version(), content) != null) {
                throw new IllegalArgumentException("module version " + content.version() + " is given twice");
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("there is no version of the module");
        }
        if (versions.firstKey() != 1 || versions.lastKey() != versions.size()) {
            throw new IllegalArgumentException("module versions must run 1.." + versions.size() + ", not "
                    + versions.keySet());
        }
    }

    public ModuleContent current() {
        return versions.lastEntry().getValue();
    }

    public Optional<ModuleContent> version(int version) {
        return Optional.ofNullable(versions.get(version));
    }

    public Map<Integer, ModuleContent> all() {
        return Map.copyOf(versions);
    }

    /**
     * The version a record uses: the one asked for, or the current one.
     *
     * @throws ProblemException 422 naming {@code moduleVersion} when there is no such version
     */
    public int resolve(Integer requested) {
        if (requested == null) {
            return current().version();
        }
        if (!versions.containsKey(requested)) {
            throw ProblemException.ruleBroken("There is no such version of the module",
                    List.of(new FieldError("moduleVersion", "must be one of " + versions.keySet())));
        }
        return requested;
    }
}
