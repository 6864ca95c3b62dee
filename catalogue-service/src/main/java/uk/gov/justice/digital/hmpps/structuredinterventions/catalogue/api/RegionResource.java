package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.OfferingTerms;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Region;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.RegionOffering;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.RegionService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;

@Path("/regions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.CATALOGUE_ADMIN,
        Roles.REGIONAL_PROBATION_DIRECTOR})
@Tag(name = "Regions and offerings", description = "The 12 probation regions and the interventions each offers")
public class RegionResource {

    @Schema(name = "Region")
    public record RegionResponse(
            @Schema(example = "kent-surrey-and-sussex") String code,
            @Schema(example = "Kent, Surrey and Sussex") String name) {
    }

    private final RegionService service;
    private final CurrentUser currentUser;

    RegionResource(RegionService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List the probation regions", description = "The 12 regions of England and Wales, in the usual order.")
    @APIResponse(responseCode = "200", description = "The regions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegionResponse.class),
                    examples = @ExampleObject(name = "The twelve probation regions", value = Examples.REGIONS)))
    public List<RegionResponse> list() {
        return service.list().stream().map(region -> new RegionResponse(region.code(), region.name())).toList();
    }

    @GET
    @Path("/{code}/offerings")
    @Operation(operationId = "listOfferings", summary = "List what a region offers", description = "Each intervention the region offers, by name, with "
            + "how and why it offers it.")
    @APIResponse(responseCode = "200", description = "The region's offerings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RegionOffering.class),
                    examples = @ExampleObject(name = "London's core offerings", value = Examples.REGION_OFFERINGS)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<RegionOffering> offerings(@PathParam("code") @Parameter(example = "london") String code) {
        return service.offeringsIn(code);
    }

    @GET
    @Path("/{code}/offerings/{interventionId}")
    @Operation(operationId = "getOffering", summary = "Get one offering", description = "The ETag carries the intervention's version, for If-Match "
            + "when changing or closing the offering.")
    @APIResponse(responseCode = "200", description = "The offering", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionOffering.class),
                    examples = @ExampleObject(name = "A core offering", value = Examples.REGION_OFFERING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<RegionOffering> offering(@PathParam("code") String code, @PathParam("interventionId") UUID interventionId) {
        return withTag(service.offering(code, interventionId));
    }

    @PUT
    @Path("/{code}/offerings/{interventionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.REGIONAL_PROBATION_DIRECTOR})
    @Operation(operationId = "openOrChangeOffering", summary = "Open or change an offering",
            description = "The region offers a published Structured Intervention in some of the formats and modes it is "
                    + "delivered in. Its first in a need area is its minimum, CORE. One beyond it, ADDITIONAL or a "
                    + "second CORE, is at the Regional Probation Director's discretion: only the Director records it "
                    + "(403 for anyone else), and decidedBy is recorded as the Director, on decidedOn or today. An "
                    + "ADDITIONAL offering where the region has no other CORE one in the need area is a 422. "
                    + "Publishes structured-interventions.offering.opened (201) or "
                    + "structured-interventions.offering.updated (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfferingTerms.class),
            examples = @ExampleObject(name = "An additional offering", value = Examples.OFFERING)))
    @APIResponse(responseCode = "200", description = "The changed offering", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionOffering.class),
                    examples = @ExampleObject(name = "An additional offering", value = Examples.ADDITIONAL_OFFERING)))
    @APIResponse(responseCode = "201", description = "The new offering", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionOffering.class),
                    examples = @ExampleObject(name = "An additional offering", value = Examples.ADDITIONAL_OFFERING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<RegionOffering> offer(@PathParam("code") String code, @PathParam("interventionId") UUID interventionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OfferingTerms terms) {
        RegionService.OfferingChange change = service.offer(code, interventionId, ETags.version(ifMatch), terms,
                currentUser.userName(), currentUser.hasRole(Roles.REGIONAL_PROBATION_DIRECTOR));
        return RestResponse.ResponseBuilder.ok(change.offering())
                .status(change.opened() ? RestResponse.StatusCode.CREATED : RestResponse.StatusCode.OK)
                .tag(ETags.of(change.offering().interventionVersion())).build();
    }

    @DELETE
    @Path("/{code}/offerings/{interventionId}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "closeOffering", summary = "Close an offering",
            description = "Refused with 409 when it is the region's last Structured Intervention in its need area. "
                    + "Publishes structured-interventions.offering.closed.")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response close(@PathParam("code") String code, @PathParam("interventionId") UUID interventionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.close(code, interventionId, ETags.version(ifMatch), currentUser.userName());
        return Response.noContent().build();
    }

    private static RestResponse<RegionOffering> withTag(RegionOffering offering) {
        return RestResponse.ResponseBuilder.ok(offering).tag(ETags.of(offering.interventionVersion())).build();
    }
}
