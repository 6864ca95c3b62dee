package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.Coverage;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain.CsaapPrinciple;
import uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.service.RegionService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.CATALOGUE_ADMIN,
        Roles.REGIONAL_PROBATION_DIRECTOR})
@Tag(name = "Rules", description = "The rules the catalogue keeps, and how the regions stand against them")
public class CoverageResource {

    @Schema(name = "CsaapPrincipleDescription")
    public record PrincipleResponse(
            @Schema(example = "MODEL_OF_CHANGE") CsaapPrinciple code,
            @Schema(example = "A clear model of change") String title,
            String description) {
    }

    private final RegionService service;

    CoverageResource(RegionService service) {
        this.service = service;
    }

    @GET
    @Path("coverage")
    @Operation(operationId = "getCoverage", summary = "Check every region against the coverage rule",
            description = "Every region delivers at least one published Structured Intervention in each need area. "
                    + "Shows each region and need area with the interventions that cover it.")
    @APIResponse(responseCode = "200", description = "The coverage report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Coverage.Report.class),
                    examples = @ExampleObject(name = "Wales has no Emotional Management intervention", value = Examples.COVERAGE)))
    public Coverage.Report coverage() {
        return service.coverage();
    }

    @GET
    @Path("csaap-principles")
    @Operation(operationId = "listCsaapPrinciples", summary = "List the seven core CSAAP principles",
            description = "The principles a panel approval assesses, each met or not; all seven must be met to publish.")
    @APIResponse(responseCode = "200", description = "The seven principles",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PrincipleResponse.class),
                    examples = @ExampleObject(name = "The seven core principles", value = Examples.CSAAP_PRINCIPLES)))
    public List<PrincipleResponse> principles() {
        return List.of(CsaapPrinciple.values()).stream()
                .map(principle -> new PrincipleResponse(principle, principle.title(), principle.description()))
                .toList();
    }
}
