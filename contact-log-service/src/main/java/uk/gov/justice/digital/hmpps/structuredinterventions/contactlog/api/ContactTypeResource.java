package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@Path("/contact-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact types", description = "The kinds of contact recorded, which count towards RAR days, and which "
        + "are recorded by hand")
public class ContactTypeResource {

    @Schema(name = "ContactTypeDescription")
    public record ContactTypeResponse(
            @Schema(example = "PIM_FOLLOW_UP") ContactType code,
            @Schema(example = "Pre-intervention module: follow-up (pre-work contact)") String description,
            @Schema(description = "Whether a contact of this type can count towards a RAR day") boolean rarActivity,
            @Schema(description = "Whether it counts once per person however often it recurs") boolean countsOncePerPerson,
            @Schema(description = "Whether a practitioner records it here, with POST /contacts. The pre-intervention "
                    + "module's contacts are not: they are made from readiness-service's events") boolean recordedByHand,
            @Schema(description = "Where a contact of this type is recorded: POST /contacts, or readiness-service's "
                    + "endpoint for the module's step",
                    example = "readiness-service: POST /people/{crn}/readiness/follow-ups") String recordedThrough) {
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.DELIUS_SYNC})
    @Operation(operationId = "listContactTypes", summary = "List the contact types", description = "Each type with whether it is a RAR activity, and "
            + "whether it can be recorded by hand with POST /contacts or is recorded through readiness-service.")
    @APIResponse(responseCode = "200", description = "The contact types",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ContactTypeResponse.class),
                    examples = @ExampleObject(name = "The four contact types", value = Examples.CONTACT_TYPES)))
    public List<ContactTypeResponse> list() {
        return Arrays.stream(ContactType.values())
                .map(type -> new ContactTypeResponse(type, type.description(), type.rarActivity(), type.oncePerPerson(),
                        type.recordedByHand(), type.recordedThrough()))
                .toList();
    }
}
