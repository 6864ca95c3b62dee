package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.DeliveryFormat;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.DeliveryMode;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionDefinition;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionType;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.InterventionView;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedAreaCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.PanelAssessment;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.InterventionService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/interventions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.CATALOGUE_ADMIN,
        Roles.REGIONAL_PROBATION_DIRECTOR})
@Tag(name = "Interventions", description = "Structured Interventions and the Accredited Programmes they point to: "
        + "recorded as drafts, approved by the HMPPS Effective Interventions Panel, published and withdrawn")
public class InterventionResource {

    @Schema(name = "WithdrawalRequest")
    public record WithdrawalRequest(
            @NotBlank @Size(max = 1000)
            @Schema(example = "Replaced by a revised programme from 1 April.", description = "Why it is withdrawn")
            String reason) {
    }

    private final InterventionService service;
    private final CurrentUser currentUser;

    InterventionResource(InterventionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "findInterventions", summary = "Find interventions",
            description = "Filters combine; each is optional. With region, format and mode ask what that region offers. "
                    + "q matches words in the name, summary or description. Sorted by name, 20 to a page by default.")
    @APIResponse(responseCode = "200", description = "One page of interventions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionPage.class),
                    examples = @ExampleObject(name = "Positive Pathways", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<InterventionView> search(
            @QueryParam("needArea") @Parameter(schema = @Schema(implementation = NeedAreaCode.class), example = "ATB") String needArea,
            @QueryParam("region") @Parameter(description = "A region code from GET /regions", example = "london") String region,
            @QueryParam("format") @Parameter(schema = @Schema(implementation = DeliveryFormat.class)) String format,
            @QueryParam("mode") @Parameter(schema = @Schema(implementation = DeliveryMode.class)) String mode,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = InterventionType.class)) String type,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = InterventionStatus.class), example = "PUBLISHED") String status,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Text to look for", example = "anger") String q,
            @BeanParam PageRequest paging) {
        InterventionSearch search = new InterventionSearch(
                QueryParameters.enumValue("needArea", needArea, NeedAreaCode.class),
                Texts.blankToNull(region),
                QueryParameters.enumValue("format", format, DeliveryFormat.class),
                QueryParameters.enumValue("mode", mode, DeliveryMode.class),
                QueryParameters.enumValue("type", type, InterventionType.class),
                QueryParameters.enumValue("status", status, InterventionStatus.class),
                Texts.blankToNull(q));
        return service.search(search, paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIntervention", summary = "Get an intervention", description = "With its approval and offerings. The ETag carries its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The intervention", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "A seeded Structured Intervention", value = Examples.POSITIVE_PATHWAYS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<InterventionView> get(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "draftIntervention", summary = "Record a new intervention as a draft",
            description = "A Structured Intervention needs a session plan of at least four sessions. Publishes "
                    + "structured-interventions.intervention.updated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InterventionDefinition.class),
            examples = @ExampleObject(name = "A Structured Intervention", value = Examples.DEFINITION)))
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "A new draft", value = Examples.DRAFTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<InterventionView> create(@Valid @NotNull InterventionDefinition definition, @Context UriInfo uri) {
        InterventionView created = service.create(definition, currentUser.userName());
        return RestResponse.ResponseBuilder.<InterventionView>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).tag(ETags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "reviseIntervention", summary = "Change a draft", description = "Replaces everything the draft says. Only a draft can be "
            + "changed. Publishes structured-interventions.intervention.updated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InterventionDefinition.class),
            examples = @ExampleObject(name = "A Structured Intervention", value = Examples.DEFINITION)))
    @APIResponse(responseCode = "200", description = "The changed draft", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "A draft", value = Examples.DRAFTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<InterventionView> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InterventionDefinition definition) {
        return withTag(service.revise(id, ETags.version(ifMatch), definition, currentUser.userName()));
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "recordPanelApproval", summary = "Record the HMPPS Effective Interventions Panel's assessment",
            description = "Assesses each of the seven core CSAAP principles once, met or not. A draft Structured "
                    + "Intervention can be published once an assessment finds all seven met; a new assessment replaces "
                    + "the last. Publishes structured-interventions.intervention.updated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PanelAssessment.class),
            examples = @ExampleObject(name = "All seven met", value = Examples.APPROVAL)))
    @APIResponse(responseCode = "200", description = "The draft with its approval", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "Approved against all seven principles", value = Examples.APPROVED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<InterventionView> recordApproval(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PanelAssessment assessment) {
        return withTag(service.recordApproval(id, ETags.version(ifMatch), assessment, currentUser.userName()));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "publishIntervention", summary = "Publish a draft",
            description = "A Structured Intervention needs the panel's approval with all seven principles met, and its "
                    + "accredited alternative, if any, published. Publishes structured-interventions.intervention.published.")
    @APIResponse(responseCode = "200", description = "The published intervention", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "Published", value = Examples.PUBLISHED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<InterventionView> publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(service.publish(id, ETags.version(ifMatch), currentUser.userName()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "withdrawIntervention", summary = "Withdraw a published intervention",
            description = "Closes its offerings too, so it is refused with 409 when a region would be left without a "
                    + "Structured Intervention in its need area. Publishes structured-interventions.intervention.withdrawn.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "Replaced", value = Examples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "The withdrawn intervention", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterventionView.class),
                    examples = @ExampleObject(name = "Withdrawn", value = Examples.WITHDRAWN)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<InterventionView> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WithdrawalRequest withdrawal) {
        return withTag(service.withdraw(id, ETags.version(ifMatch), withdrawal.reason(), currentUser.userName()));
    }

    private static RestResponse<InterventionView> withTag(InterventionView intervention) {
        return RestResponse.ResponseBuilder.ok(intervention).tag(ETags.of(intervention.version())).build();
    }
}
