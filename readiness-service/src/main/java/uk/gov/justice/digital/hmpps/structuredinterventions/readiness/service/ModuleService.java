package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ModuleContent;

/** Serves the current version of the pre-intervention module, read and checked once at start-up. */
@ApplicationScoped
public class ModuleService {

    static final String CURRENT = "module/pre-intervention-module-v1.json";

    private final ModuleContent current;

    ModuleService(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(CURRENT)) {
            if (in == null) {
                throw new IllegalStateException("the module content " + CURRENT + " is missing");
            }
            this.current = json.readValue(in, ModuleContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the module content " + CURRENT + " cannot be read", e);
        }
    }

    public ModuleContent current() {
        return current;
    }
}
