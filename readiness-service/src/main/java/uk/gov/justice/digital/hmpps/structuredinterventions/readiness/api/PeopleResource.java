package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSummary;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReadinessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

/** The people with a readiness record, listed by where they stand and by who introduced the module to them. */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.FACILITATOR, Roles.PEER_MENTOR,
        Roles.INTERVENTIONS_TEAM})
@Tag(name = "Readiness", description = "A person's pre-intervention module and their readiness to take part")
public class PeopleResource {

    private final ReadinessService service;
    private final CurrentUser currentUser;

    PeopleResource(ReadinessService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "findReadinessRecords", summary = "Find people's readiness records",
            description = "Filters combine; each is optional. The longest in their status first (sort=OLDEST, the "
                    + "default), or the latest first (sort=NEWEST), by when each took its status; 20 to a page by "
                    + "default. A practitioner's people introduced to the module who wait for a follow-up: "
                    + "readinessStatus=AWAITING_FOLLOW_UP&introducedBy=me. Each item is a summary; the whole record is "
                    + "at /people/{crn}/readiness.")
    @APIResponse(responseCode = "200", description = "One page of readiness records", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadinessSummaryPage.class),
            examples = @ExampleObject(name = "Introduced by me, waiting for a follow-up", value = Examples.PEOPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ReadinessSummary> search(
            @QueryParam("readinessStatus") @Parameter(description = "Only records in this status",
                    schema = @Schema(implementation = ReadinessStatus.class)) String readinessStatus,
            @QueryParam("introducedBy") @Parameter(description = "me: only the people whose introduction to the module "
                    + "the signed-in user recorded; no other value is taken",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "me"), example = "me") String introducedBy,
            @QueryParam("sort") @Parameter(description = "OLDEST (the default: the longest in their status first) or "
                    + "NEWEST", schema = @Schema(implementation = ReadinessSearch.Order.class)) String sort,
            @BeanParam PageRequest paging) {
        return service.search(new ReadinessSearch(
                        QueryParameters.enumValue("readinessStatus", readinessStatus, ReadinessStatus.class),
                        QueryParameters.me("introducedBy", introducedBy, currentUser.userName()),
                        QueryParameters.enumValue("sort", sort, ReadinessSearch.Order.class)),
                paging.page(), paging.size());
    }
}
