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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ConcernService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/concerns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TREATMENT_MANAGER, Roles.PRACTITIONER, Roles.READ_ONLY})
@Tag(name = "Readiness", description = "A person's pre-intervention module and their readiness to take part")
public class ConcernResource {

    private final ConcernService service;

    ConcernResource(ConcernService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Find readiness concerns across people",
            description = "The concerns raised by readiness assessments, each with the person's CRN, the longest "
                    + "waiting first: the Treatment Manager's list of what to acknowledge is acknowledged=false. "
                    + "Acknowledge one at /people/{crn}/readiness/concerns/{concernId}/acknowledgement.")
    @APIResponse(responseCode = "200", description = "One page of concerns")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ConcernService.PersonConcern> find(
            @QueryParam("acknowledged") @Parameter(description = "Only acknowledged concerns (true) or only those "
                    + "not yet acknowledged (false); all when left out", schema = @Schema(type = SchemaType.BOOLEAN))
            String acknowledged,
            @BeanParam PageRequest paging) {
        return service.find(QueryParameters.bool("acknowledged", acknowledged),
                paging.page(), paging.size());
    }
}
