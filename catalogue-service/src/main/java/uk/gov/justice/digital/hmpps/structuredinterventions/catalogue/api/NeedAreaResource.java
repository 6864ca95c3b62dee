package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedArea;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.NeedAreaCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.NeedAreaService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;

@Path("/need-areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Need areas", description = "The three need areas Structured Interventions address, with their focus areas")
public class NeedAreaResource {

    @Schema(name = "NeedArea")
    public record NeedAreaResponse(
            @Schema(example = "ATB") NeedAreaCode code,
            @Schema(example = "Attitudes, Thinking and Behaviour") String name,
            String description,
            @Schema(example = "[\"making decisions\", \"solving problems\"]") List<String> focusAreas) {

        static NeedAreaResponse from(NeedArea needArea) {
            return new NeedAreaResponse(needArea.code(), needArea.name(), needArea.description(), needArea.focusAreas());
        }
    }

    @Schema(name = "NeedAreaRevision")
    public record NeedAreaRevision(
            @NotBlank @Size(max = 100) @Schema(example = "Attitudes, Thinking and Behaviour") String name,
            @NotBlank @Size(max = 2000) String description,
            @NotEmpty @Size(max = NeedArea.MAX_FOCUS_AREAS) List<@NotBlank @Size(max = 200) String> focusAreas) {
    }

    private final NeedAreaService service;
    private final CurrentUser currentUser;

    NeedAreaResource(NeedAreaService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.CATALOGUE_ADMIN,
        Roles.REGIONAL_PROBATION_DIRECTOR})
    @Operation(operationId = "listNeedAreas", summary = "List the need areas", description = "ATB, DA and EM, each with the focus areas its Structured Interventions work on.")
    @APIResponse(responseCode = "200", description = "The three need areas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = NeedAreaResponse.class),
                    examples = @ExampleObject(name = "ATB, DA and EM", value = Examples.NEED_AREAS)))
    public List<NeedAreaResponse> list() {
        return service.list().stream().map(NeedAreaResponse::from).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.CATALOGUE_ADMIN,
        Roles.REGIONAL_PROBATION_DIRECTOR})
    @Operation(operationId = "getNeedArea", summary = "Get a need area", description = "The ETag header carries its version, for If-Match on a change.")
    @APIResponse(responseCode = "200", description = "The need area", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedAreaResponse.class),
                    examples = @ExampleObject(name = "Attitudes, Thinking and Behaviour", value = Examples.NEED_AREA)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<NeedAreaResponse> get(@PathParam("code") NeedAreaCode code) {
        NeedArea needArea = service.get(code);
        return RestResponse.ResponseBuilder.ok(NeedAreaResponse.from(needArea)).tag(ETags.of(needArea.version())).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(operationId = "reviseNeedArea", summary = "Revise a need area's wording",
            description = "Replaces the name, description and focus areas, and publishes structured-interventions.need-area.updated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NeedAreaRevision.class),
            examples = @ExampleObject(name = "Revised wording", value = Examples.NEED_AREA_REVISION)))
    @APIResponse(responseCode = "200", description = "The revised need area", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NeedAreaResponse.class),
                    examples = @ExampleObject(name = "Emotional Management, revised", value = Examples.NEED_AREA_REVISED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<NeedAreaResponse> revise(@PathParam("code") NeedAreaCode code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull NeedAreaRevision revision) {
        NeedArea needArea = service.revise(code, ETags.version(ifMatch), revision.name(), revision.description(),
                revision.focusAreas(), currentUser.userName());
        return RestResponse.ResponseBuilder.ok(NeedAreaResponse.from(needArea)).tag(ETags.of(needArea.version())).build();
    }
}
