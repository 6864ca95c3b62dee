package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ModuleContent;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ModuleVersions;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/**
 * Serves the versions of the pre-intervention module, read and checked once at start-up from
 * {@code module/pre-intervention-module-v<n>.json}, counting up from 1. A change of content is a new file.
 */
@ApplicationScoped
public class ModuleService {

    static final String RESOURCE = "module/pre-intervention-module-v%d.json";

    private final ModuleVersions versions;

    ModuleService(ObjectMapper json) {
        List<ModuleContent> contents = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (int version = 1; ; version++) {
            String name = RESOURCE.formatted(version);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                ModuleContent content = json.readValue(in, ModuleContent.class);
                if (content.version() != version) {
                    throw new IllegalStateException(name + " says it is version " + content.version());
                }
                contents.add(content);
            } catch (IOException e) {
                throw new UncheckedIOException("the module content " + name + " cannot be read", e);
            }
        }
        this.versions = new ModuleVersions(contents);
    }

    public ModuleContent current() {
        return versions.current();
    }

    public ModuleContent version(int version) {
        return versions.version(version).orElseThrow(() -> ProblemException.notFound("Module version", version));
    }

    /** The version a record uses: the one asked for (422 when unknown), or the current one. */
    public int resolve(Integer requested) {
        return versions.resolve(requested);
    }
}
