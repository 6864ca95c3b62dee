package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.contact;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.newRequirementId;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.record;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.requirement;
import static uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api.ContactFixtures.today;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.Crns;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.InfrastructureTestResource;
import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.LimitedAccessContract;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

/**
 * GET /contacts names one person (its crn is required), so it is a read of that person's data, refused as a whole,
 * rather than a list the person is left out of.
 */
@QuarkusTest
@WithTestResource(value = InfrastructureTestResource.class, scope = TestResourceScope.GLOBAL)
class LimitedAccessTest extends LimitedAccessContract {

    private static final String CRN = Crns.random();

    @Override
    protected String crn() {
        return CRN;
    }

    @Override
    protected Map<String, String> prepare() {
        return Map.of("id", record(contact(CRN, "OTHER_REHABILITATIVE_ACTIVITY", today())).getString("id"));
    }

    @Override
    protected Map<String, Call> personOperations() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("POST /contacts", Call.as(Roles.PRACTITIONER)
                .body(json(contact(CRN, "OTHER_REHABILITATIVE_ACTIVITY", today()))));
        calls.put("GET /contacts", Call.as(Roles.READ_ONLY).query("crn=" + CRN));
        calls.put("GET /contacts/{id}", Call.as(Roles.READ_ONLY));
        calls.put("PUT /contacts/{id}/outcome", Call.as(Roles.PRACTITIONER).body("{\"outcome\":\"FAILED_TO_ATTEND\"}"));
        calls.put("GET /people/{crn}/rar", Call.as(Roles.READ_ONLY));
        calls.put("POST /rar-requirements", Call.as(Roles.DELIUS_SYNC).body(json(requirement(newRequirementId(), CRN,
                20, today().minusMonths(1), today().plusYears(1)))));
        return calls;
    }

    @Override
    protected Map<String, Call> listOperations() {
        return Map.of();
    }

    @Override
    protected Set<String> notAboutAPerson() {
        // Subject access is answered whatever the marks: the person is entitled to all of their data.
        return Set.of("GET /contact-types", "GET /subject-access-request",
                // Operations: a dead-letter listing or replay never shows a record's key or value.
                "GET /dead-letters/{channel}", "POST /dead-letters/{channel}/replays");
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
