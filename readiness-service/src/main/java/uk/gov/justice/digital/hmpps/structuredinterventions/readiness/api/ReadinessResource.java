package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AssessmentDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.CompletionDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.IntroductionDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessRecord;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Recorder;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.RevisitDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReadinessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/people/{crn}/readiness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.FACILITATOR, Roles.PEER_MENTOR,
        Roles.INTERVENTIONS_TEAM})
@Tag(name = "Readiness", description = "A person's pre-intervention module and their readiness to take part")
public class ReadinessResource {

    @Schema(name = "ConcernAcknowledgement", description = "A Treatment Manager's acknowledgement of a concern")
    public record Acknowledgement(@Size(max = 2000) @Schema(description = "What was done about it") String notes) {
    }

    private final ReadinessService service;
    private final CurrentUser currentUser;

    ReadinessResource(ReadinessService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getReadiness", summary = "Get a person's readiness record",
            description = "Linked referrals, the introduction, follow-ups, completion, revisits, assessments and "
                    + "concerns, with a derived status, the next step, and what the next follow-up must be. The ETag "
                    + "carries the record's version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class), examples = {
                            @ExampleObject(name = "Introduced, waiting for a referral", value = Examples.INTRODUCED),
                            @ExampleObject(name = "Module completed, assessed not ready", value = Examples.NOT_READY_RECORD),
                            @ExampleObject(name = "Ready", value = Examples.READY_RECORD)}))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ReadinessRecord.View> get(@PathParam("crn") @Parameter(example = "X123456") String crn) {
        return withTag(RestResponse.ResponseBuilder.ok(), service.get(crn(crn)));
    }

    @POST
    @Path("/introduction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "recordIntroduction", summary = "Record step 1: the introduction to the module",
            description = "Once per person, at any stage (for example at induction), for anyone with a Structured "
                    + "Intervention on their sentence plan. Records the walk-through, the exercises overviewed, the "
                    + "paper copy and the person's access to a suitable device: without one the follow-up must be "
                    + "extended and use a Probation Service device. Opens the record if there is none. Publishes "
                    + "structured-interventions.readiness.module-introduced. A practitioner records any introduction; a "
                    + "facilitator, peer mentor or interventions team member only one they delivered themselves (403 "
                    + "otherwise). A facilitator or peer mentor names their current appointment (422 otherwise).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IntroductionDetails.class),
            examples = @ExampleObject(name = "Introduced; no suitable device", value = Examples.INTRODUCTION)))
    @APIResponse(responseCode = "201", description = "The record after the introduction",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "Introduced; no suitable device", value = Examples.INTRODUCED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReadinessRecord.View> introduce(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull IntroductionDetails details,
            @Context UriInfo uri) {
        return created(uri, service.introduce(crn(crn), ETags.version(ifMatch), details, recorder()));
    }

    @POST
    @Path("/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "recordFollowUp", summary = "Record step 2: a follow-up session",
            description = "Only after the introduction and once the person has been referred (409 otherwise). "
                    + "Delivered by the probation practitioner, another practitioner, a facilitator or peer mentor "
                    + "(naming their current appointment by a Programme Manager, deliveredBy.appointmentId) or an "
                    + "interventions team member. A practitioner records any follow-up; a facilitator, peer mentor or "
                    + "interventions team member only one they delivered themselves (403 otherwise). An attended "
                    + "session must be EXTENDED when the person has not reviewed the module beforehand or has no "
                    + "suitable device; without a suitable device it also uses a Probation Service device (422 otherwise). An attended "
                    + "follow-up is the pre-work contact and may count as a RAR day. Publishes "
                    + "structured-interventions.readiness.follow-up-completed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpDetails.class),
            examples = @ExampleObject(name = "An extended session with a peer mentor", value = Examples.FOLLOW_UP)))
    @APIResponse(responseCode = "201", description = "The record after the follow-up",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "An extended follow-up covering all four exercises", value = Examples.FOLLOWED_UP)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReadinessRecord.View> followUp(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FollowUpDetails details,
            @Context UriInfo uri) {
        return created(uri, service.recordFollowUp(crn(crn), ETags.version(ifMatch), details, recorder()));
    }

    @POST
    @Path("/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordCompletion", summary = "Record that the module was completed",
            description = "Once: after the introduction and attended follow-ups that together covered all four "
                    + "exercises (409 otherwise, and 409 for a second completion: later sessions are revisits). "
                    + "Completion counts as a single RAR day. Publishes structured-interventions.readiness.module-completed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompletionDetails.class),
            examples = @ExampleObject(name = "Completed on the day of the follow-up", value = Examples.COMPLETION)))
    @APIResponse(responseCode = "201", description = "The record after completion",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "Completed; waiting for an assessment", value = Examples.COMPLETED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReadinessRecord.View> complete(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CompletionDetails details,
            @Context UriInfo uri) {
        return created(uri, service.complete(crn(crn), ETags.version(ifMatch), details, currentUser.userName()));
    }

    @POST
    @Path("/revisits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "recordRevisit", summary = "Record a revisit of the completed module",
            description = "Any number, after completion (409 before). A revisit never completes the module again. "
                    + "A practitioner records any revisit; a facilitator, peer mentor or interventions team member only "
                    + "one they delivered themselves (403 otherwise), a facilitator or peer mentor naming their current "
                    + "appointment. Publishes structured-interventions.readiness.module-revisited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevisitDetails.class),
            examples = @ExampleObject(name = "A refresher", value = Examples.REVISIT)))
    @APIResponse(responseCode = "201", description = "The record after the revisit",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "Revisited after completion", value = Examples.REVISITED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReadinessRecord.View> revisit(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RevisitDetails details,
            @Context UriInfo uri) {
        return created(uri, service.revisit(crn(crn), ETags.version(ifMatch), details, recorder()));
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordAssessment", summary = "Assess whether the person is ready to take part",
            description = "Ready only once the module is complete (409 before). Not ready names at least one barrier "
                    + "and says why. Not being ready, or unresolved issues that could compromise participation, raise "
                    + "a concern for the practitioners and the Treatment Manager, which may recommend reassessing the "
                    + "sentence plan. The latest assessment stands. Publishes "
                    + "structured-interventions.readiness.assessed, and .concern-raised with a concern.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentDetails.class),
            examples = {
                    @ExampleObject(name = "Not ready, with a concern", value = Examples.NOT_READY),
                    @ExampleObject(name = "Ready", value = Examples.READY)}))
    @APIResponse(responseCode = "201", description = "The record after the assessment",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "Not ready, a concern raised", value = Examples.NOT_READY_RECORD)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReadinessRecord.View> assess(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull AssessmentDetails details,
            @Context UriInfo uri) {
        return created(uri, service.assess(crn(crn), ETags.version(ifMatch), details, currentUser.userName()));
    }

    @POST
    @Path("/concerns/{concernId}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TREATMENT_MANAGER)
    @Operation(operationId = "acknowledgeConcern", summary = "Acknowledge a concern", description = "By a Treatment Manager, once (409 after).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Acknowledgement.class),
            examples = @ExampleObject(name = "Acknowledged", value = Examples.ACKNOWLEDGEMENT)))
    @APIResponse(responseCode = "200", description = "The record after the acknowledgement",
            headers = @Header(ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReadinessRecord.View.class),
                    examples = @ExampleObject(name = "The concern acknowledged", value = Examples.ACKNOWLEDGED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<ReadinessRecord.View> acknowledge(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @PathParam("concernId") UUID concernId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull Acknowledgement acknowledgement) {
        return withTag(RestResponse.ResponseBuilder.ok(), service.acknowledgeConcern(crn(crn), concernId, ETags.version(ifMatch),
                Texts.blankToNull(acknowledgement.notes()), currentUser.userName()));
    }

    /** The signed-in user and the roles of their token that record sessions. */
    private Recorder recorder() {
        return recorder(currentUser);
    }

    /** The signed-in user and the roles of their token that record sessions. */
    static Recorder recorder(CurrentUser currentUser) {
        Set<Recorder.Role> roles = EnumSet.noneOf(Recorder.Role.class);
        Map.of(Roles.PRACTITIONER, Recorder.Role.PRACTITIONER, Roles.FACILITATOR, Recorder.Role.FACILITATOR,
                Roles.PEER_MENTOR, Recorder.Role.PEER_MENTOR, Roles.INTERVENTIONS_TEAM, Recorder.Role.INTERVENTIONS_TEAM)
                .forEach((role, recorderRole) -> {
                    if (currentUser.hasRole(role)) {
                        roles.add(recorderRole);
                    }
                });
        return new Recorder(currentUser.userName(), roles);
    }

    private static String crn(String raw) {
        return QueryParameters.requiredCrn("crn", raw);
    }

    private static RestResponse<ReadinessRecord.View> created(UriInfo uri, ReadinessRecord.View record) {
        return withTag(RestResponse.ResponseBuilder.created(uri.getBaseUriBuilder().path("people").path(record.crn())
                .path("readiness").build()), record);
    }

    private static RestResponse<ReadinessRecord.View> withTag(RestResponse.ResponseBuilder<ReadinessRecord.View> response,
            ReadinessRecord.View record) {
        return response.entity(record).tag(ETags.of(record.version())).build();
    }
}
