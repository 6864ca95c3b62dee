package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

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
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReasonCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatusTransitions;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.StatusTransition;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.TransitionTrigger;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;

@Path("/referral-status-transitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral statuses", description = "How a referral moves from draft to completion")
public class ReferralStatusTransitionResource {

    @Schema(name = "ReferralStatusTransition")
    public record TransitionResponse(
            @Schema(example = "READY_TO_ALLOCATE") ReferralStatus from,
            @Schema(example = "ALLOCATED") ReferralStatus to,
            @Schema(example = "MANUAL") TransitionTrigger trigger,
            @Schema(description = "Roles that may make the move; empty when only the system makes it",
                    example = "[\"ROLE_STRUCTURED_INTERVENTIONS__TREATMENT_MANAGER\"]") List<String> roles,
            @Schema(description = "Whether the move needs a reason") boolean reasonRequired,
            @Schema(description = "The reason codes the move takes, one of which it then needs; empty when it takes none",
                    example = "[]") List<ReasonCode> reasonCodes) {

        static TransitionResponse from(StatusTransition transition) {
            return new TransitionResponse(transition.from(), transition.to(), transition.trigger(),
                    transition.roles().stream().sorted().toList(), transition.reasonRequired(),
                    transition.reasonCodes().stream().sorted().toList());
        }
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY})
    @Operation(operationId = "listStatusTransitions", summary = "List the allowed status transitions",
            description = "Every move a referral can make, what triggers it and which roles may make it, for front ends to offer only allowed actions.")
    @APIResponse(responseCode = "200", description = "Every allowed move", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionResponse.class),
            examples = @ExampleObject(name = "Some of the moves", value = Examples.TRANSITIONS)))
    public List<TransitionResponse> list() {
        return ReferralStatusTransitions.all().stream().map(TransitionResponse::from).toList();
    }
}
