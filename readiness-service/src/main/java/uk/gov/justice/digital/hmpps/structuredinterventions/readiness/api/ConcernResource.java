package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ConcernSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ProbationRegions;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ConcernService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;
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
    @Operation(operationId = "findConcerns", summary = "Find readiness concerns across people",
            description = "The concerns raised by readiness assessments, each with the person's CRN, the longest "
                    + "waiting first. A Treatment Manager's list of what to acknowledge is their region's: "
                    + "acknowledged=false&region=<their region>. A concern affects the regions of the referrals its "
                    + "assessment was made for, and is listed in each; one raised with no referral open is in no "
                    + "region's list. Tokens carry no region, so the caller names it. "
                    + "Acknowledge one at /people/{crn}/readiness/concerns/{concernId}/acknowledgement.")
    @APIResponse(responseCode = "200", description = "One page of concerns",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConcernPage.class),
                    examples = @ExampleObject(name = "London's concern waiting for acknowledgement", value = Examples.CONCERNS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ConcernService.PersonConcern> find(
            @QueryParam("acknowledged") @Parameter(description = "Only acknowledged concerns (true) or only those "
                    + "not yet acknowledged (false); all when left out", schema = @Schema(type = SchemaType.BOOLEAN))
            String acknowledged,
            @QueryParam("region") @Parameter(description = "Only concerns affecting a referral in this probation "
                    + "region (its catalogue code); all regions when left out", example = "london",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"north-east", "north-west",
                            "yorkshire-and-the-humber", "greater-manchester", "east-midlands", "west-midlands",
                            "east-of-england", "wales", "london", "kent-surrey-and-sussex", "south-central",
                            "south-west"}))
            String region,
            @BeanParam PageRequest paging) {
        return service.find(new ConcernSearch(QueryParameters.bool("acknowledged", acknowledged), region(region)),
                paging.page(), paging.size());
    }

    /** The region's code, or null when there is none; 400 naming {@code region} for one that is not a region's. */
    private static String region(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!ProbationRegions.known(code)) {
            throw ProblemException.badRequest("region",
                    "must be a probation region's code: one of " + String.join(", ", ProbationRegions.CODES));
        }
        return code;
    }
}
