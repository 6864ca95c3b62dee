package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.DeadLetter;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.DeadLetterApi;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.DeadLetters;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.ReplayRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.Replayed;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;

/** The records this service's consumers gave up on, for operators (docs/operations.md, "Dead-letter handling"). */
@Path("/dead-letters/{channel}")
@Tag(name = DeadLetterApi.TAG, description = DeadLetterApi.TAG_DESCRIPTION)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(operationId = "listDeadLetters", summary = DeadLetterApi.LIST_SUMMARY,
            description = DeadLetterApi.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of the dead-letter topic's records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetterPage.class),
                    examples = @ExampleObject(name = "One poison record", value = DeadLetterApi.PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<DeadLetter> list(
            @PathParam("channel") @Parameter(description = DeadLetterApi.CHANNEL, example = "referral-events") String channel,
            @BeanParam PageRequest paging) {
        return deadLetters.list(channel, paging.page(), paging.size());
    }

    @POST
    @Path("/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATIONS)
    @Operation(operationId = "replayDeadLetters", summary = DeadLetterApi.REPLAY_SUMMARY,
            description = DeadLetterApi.REPLAY_DESCRIPTION)
    @RequestBody(description = "The records to replay: one, or a range of one partition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayRequest.class),
                    examples = {@ExampleObject(name = "One record", value = DeadLetterApi.REPLAY_EXAMPLE),
                            @ExampleObject(name = "A range of one partition", value = DeadLetterApi.RANGE_EXAMPLE)}))
    @APIResponse(responseCode = "202", description = "The records were published to their topic; the consumer "
            + "applies each once, in its own time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Replayed.class),
                    examples = @ExampleObject(name = "One record replayed", value = DeadLetterApi.REPLAYED_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<Replayed> replay(
            @PathParam("channel") @Parameter(description = DeadLetterApi.CHANNEL, example = "referral-events") String channel,
            @Valid @NotNull ReplayRequest request) {
        return RestResponse.accepted(deadLetters.replay(channel, request));
    }
}
