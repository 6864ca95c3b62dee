package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ModuleContent;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ModuleService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@Path("/module")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pre-intervention module", description = "The module a person works through before a Structured Intervention")
public class ModuleResource {

    private final ModuleService service;

    ModuleResource(ModuleService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.FACILITATOR, Roles.PEER_MENTOR,
            Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "getCurrentModule", summary = "Get the current version of the pre-intervention module",
            description = "The about page, the contents page and the four exercises with their videos and reflection questions, to render online or print as the paper copy.")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleContent.class),
                    examples = @ExampleObject(name = "Version 1", value = Examples.MODULE)))
    public ModuleContent current() {
        return service.current();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.FACILITATOR, Roles.PEER_MENTOR,
            Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "getModuleVersion", summary = "Get a version of the pre-intervention module",
            description = "Records keep the version they used; this shows what that version said.")
    @APIResponse(responseCode = "200", description = "That version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleContent.class),
                    examples = @ExampleObject(name = "Version 1", value = Examples.MODULE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ModuleContent version(@PathParam("version") @Parameter(example = "1") int version) {
        return service.version(version);
    }
}
