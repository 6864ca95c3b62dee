package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.Problems;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;

/**
 * Refuses, before any resource sees it, a path or query parameter holding NUL or another control character
 * (decoded: {@code %00} is NUL): a 400 naming each such parameter, never repeating its value. No parameter of any
 * service has a use for them, and PostgreSQL refuses NUL in text, which would otherwise surface as a 500.
 */
public class ParameterTexts {

    static final String UNNAMED = "query";

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        collect(uri.getPathParameters(true), errors);
        collect(uri.getQueryParameters(true), errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw new ProblemException(ProblemType.VALIDATION, Problems.fieldSummary(errors), null, errors);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<FieldError> errors) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean refused = Texts.hasControlCharacters(name, false)
                    || parameter.getValue().stream().anyMatch(value -> Texts.hasControlCharacters(value, false));
            if (refused) {
                errors.add(new FieldError(Texts.hasControlCharacters(name, false) ? UNNAMED : name,
                        Texts.NO_CONTROL_CHARACTERS));
            }
        }
    }
}
