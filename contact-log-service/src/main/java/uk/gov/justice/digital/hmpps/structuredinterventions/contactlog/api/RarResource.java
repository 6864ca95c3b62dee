package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirement;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.RarRequirementDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service.RarService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "RAR", description = "Rehabilitative Activity Requirements and the RAR days each has used")
public class RarResource {

    private final RarService service;
    private final CurrentUser currentUser;

    RarResource(RarService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Path("rar-requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DELIUS_SYNC)
    @Operation(operationId = "registerRarRequirement", summary = "Register or update a RAR requirement",
            description = "Sent by nDelius, keyed by its requirement id: 201 the first time, 200 after, with the "
                    + "requirement as now held (the court may vary it). A requirement cannot move to another person "
                    + "(409). RAR activities already recorded that link to no requirement and that this one alone "
                    + "covers count towards it from now on (structured-interventions.contact.rar-requirement-linked "
                    + "each). Publishes structured-interventions.rar.days-changed when the RAR days change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RarRequirementDetails.class),
            examples = @ExampleObject(name = "20 RAR days over a year", value = Examples.RAR_REQUIREMENT)))
    @APIResponse(responseCode = "200", description = "The requirement, updated", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RarRequirement.View.class),
                    examples = @ExampleObject(name = "Varied by the court", value = Examples.RAR_REQUIREMENT_VARIED)))
    @APIResponse(responseCode = "201", description = "The requirement, registered",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RarRequirement.View.class),
                    examples = @ExampleObject(name = "20 RAR days over a year", value = Examples.RAR_REQUIREMENT_REGISTERED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public Response register(@Valid @NotNull RarRequirementDetails details, @Context UriInfo uri) {
        RarService.Registration registration = service.register(details, currentUser.userName());
        RarRequirement.View requirement = registration.requirement();
        Response.ResponseBuilder response = registration.created()
                ? Response.created(uri.getBaseUriBuilder().path("people").path(requirement.crn()).path("rar").build())
                : Response.ok();
        return response.entity(requirement).tag(ETags.of(requirement.version())).build();
    }

    @GET
    @Path("people/{crn}/rar")
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.DELIUS_SYNC})
    @Operation(operationId = "getRarDays", summary = "Get a person's RAR days",
            description = "For each requirement: the maximum, the days used and remaining, the dated RAR days with "
                    + "the contacts behind each, the days of activity beyond the maximum (reported, not counted), and "
                    + "each linked contact that counts for nothing, with the reason. Also the RAR activities linked to "
                    + "no requirement. A person with contacts but no requirement has an empty list; a person with "
                    + "neither is a 404.")
    @APIResponse(responseCode = "200", description = "The person's RAR days",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RarSummary.class),
                    examples = @ExampleObject(name = "Two RAR days used of 20; a missed session counts none", value = Examples.RAR_SUMMARY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RarSummary rar(@PathParam("crn") @Parameter(example = "X123456") String crn) {
        return RarSummary.of(service.rarOf(QueryParameters.requiredCrn("crn", crn)));
    }
}
