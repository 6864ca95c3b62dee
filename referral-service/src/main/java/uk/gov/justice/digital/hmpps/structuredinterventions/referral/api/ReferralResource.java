package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralStatus;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralView;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReasonCode;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.ReferralService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READ_ONLY, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER})
@Tag(name = "Referrals", description = "Referrals of people on probation to Structured Interventions")
public class ReferralResource {

    @Schema(name = "TransitionRequest", description = "A move of a referral to another status")
    public record TransitionRequest(
            @NotNull @Schema(example = "WITHDRAWN") ReferralStatus to,
            @Schema(description = "Required where the move takes reason codes (withdrawing, deselecting, ending without "
                    + "completion), and one of those GET /referral-status-transitions lists for it") ReasonCode reasonCode,
            @Size(max = 2000) @Schema(example = "The person moved out of the region.", description = "Why; required where the move needs it")
            String reason,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "HandOverRequest", description = "A draft handed to another practitioner")
    public record HandOverRequest(
            @NotNull @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._@-]*$",
                    message = "must be a user name: letters, digits and . _ @ -")
            @Schema(example = "B_PRACTITIONER", description = "The HMPPS Auth user name of the practitioner who takes it "
                    + "over") String to,
            @Size(max = 2000) @Schema(example = "Covering the caseload while Jo is on leave.") String reason) {
    }

    private final ReferralService service;
    private final CurrentUser currentUser;
    private final SecurityIdentity identity;

    ReferralResource(ReferralService service, CurrentUser currentUser, SecurityIdentity identity) {
        this.service = service;
        this.currentUser = currentUser;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "findReferrals", summary = "Find referrals",
            description = "Filters combine; each is optional. Newest first (sort=NEWEST), or oldest first (sort=OLDEST: "
                    + "the longest waiting first), by when each was drafted; 20 to a page by default. The screens' "
                    + "lists: a practitioner's referrals, referrer=me&status=…; their drafts, referrer=me&status=DRAFT; "
                    + "a region's referrals waiting on readiness, region=…&status=AWAITING_READINESS; a Treatment "
                    + "Manager's referrals to allocate, region=…&status=READY_TO_ALLOCATE&sort=OLDEST. Each reads one "
                    + "page of an index however many referrals there are.")
    @APIResponse(responseCode = "200", description = "One page of referrals", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralPage.class),
            examples = @ExampleObject(name = "Ready to allocate in London, oldest first", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ReferralView> search(
            @QueryParam("crn") @Parameter(example = "X123456") String crn,
            @QueryParam("region") @Parameter(example = "london") String region,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ReferralStatus.class)) String status,
            @QueryParam("interventionId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            String interventionId,
            @QueryParam("referrer") @Parameter(description = "me: only the signed-in user's referrals, drafts included "
                    + "(those they drafted or were handed); no other value is taken",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "me"), example = "me") String referrer,
            @QueryParam("sort") @Parameter(description = "NEWEST (the default) or OLDEST first, by when each was "
                    + "drafted", schema = @Schema(implementation = ReferralSearch.Order.class)) String sort,
            @BeanParam PageRequest paging) {
        return service.search(new ReferralSearch(QueryParameters.crn("crn", crn), Texts.blankToNull(region),
                QueryParameters.enumValue("status", status, ReferralStatus.class),
                QueryParameters.uuid("interventionId", interventionId),
                QueryParameters.me("referrer", referrer, currentUser.userName()),
                QueryParameters.enumValue("sort", sort, ReferralSearch.Order.class)),
                paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReferral", summary = "Get a referral", description = "The ETag carries its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The referral", headers = @Header(ref = "ETag"), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class), examples = {
                    @ExampleObject(name = "Awaiting readiness", value = Examples.SUBMITTED),
                    @ExampleObject(name = "Suitable but not ready", value = Examples.NOT_READY)}))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<ReferralView> get(@PathParam("id") UUID id) {
        return withTag(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getReferralHistory", summary = "Get a referral's status log", description = "Every move, oldest first: from, to, what moved it, who, when and why.")
    @APIResponse(responseCode = "200", description = "The status log", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralService.HistoryEntry.class),
            examples = @ExampleObject(name = "Submitted, paused, withdrawn", value = Examples.HISTORY)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ReferralService.HistoryEntry> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "draftReferral", summary = "Draft a referral", description = "The referrer is the signed-in practitioner. Nothing is checked "
            + "against the catalogue until submission.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralDetails.class),
            examples = @ExampleObject(name = "A referral to Positive Pathways", value = Examples.DETAILS)))
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "A new draft", value = Examples.DRAFTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<ReferralView> create(@Valid @NotNull ReferralDetails details, @Context UriInfo uri) {
        ReferralView created = service.create(details, currentUser.userName());
        return RestResponse.ResponseBuilder.<ReferralView>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).tag(ETags.of(created.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "reviseReferral", summary = "Change a draft referral", description = "Replaces what the draft says. Only a draft can be changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferralDetails.class),
            examples = @ExampleObject(name = "A referral to Positive Pathways", value = Examples.DETAILS)))
    @APIResponse(responseCode = "200", description = "The changed draft", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "A draft", value = Examples.DRAFTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<ReferralView> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReferralDetails details) {
        return withTag(service.revise(id, ETags.version(ifMatch), details, currentUser.userName()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "submitReferral", summary = "Submit a draft referral",
            description = "Checks it against this service's copy of the catalogue (so it works while the catalogue "
                    + "service is down): a published Structured Intervention, offered in the region, format and mode; "
                    + "the person's age on the day, sex and offence cohort; a low risk of recidivism and/or unsuitable "
                    + "for an Accredited Programme. Each broken rule is named in a 422. A person may have one active "
                    + "referral to an intervention (409). The referral then awaits readiness: the pre-intervention "
                    + "module is a prerequisite. Publishes structured-interventions.referral.submitted.")
    @APIResponse(responseCode = "200", description = "The submitted referral: awaiting readiness, or already ready to "
            + "allocate (or suitable but not ready) when the person's readiness is on record",
            headers = @Header(ref = "ETag"), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "Awaiting readiness", value = Examples.SUBMITTED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReferralView> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(service.submit(id, ETags.version(ifMatch), currentUser.userName()));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER})
    @Operation(operationId = "moveReferral", summary = "Move a referral to another status",
            description = "Only the moves GET /referral-status-transitions lists as MANUAL, each by its roles: the "
                    + "practitioner withdraws (with a reason code and reason), sends a paused referral back to await "
                    + "readiness, and records a recall or a return to court and the decision that lets the referral "
                    + "continue (each with a reason); the treatment manager allocates, starts (ON_PROGRAMME) and "
                    + "completes, deprioritises and reprioritises (with a reason), and deselects or ends without "
                    + "completion (with a reason code and reason). "
                    + "Publishes structured-interventions.referral.status-changed, or .withdrawn.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionRequest.class),
            examples = @ExampleObject(name = "Withdrawing", value = Examples.TRANSITION)))
    @APIResponse(responseCode = "200", description = "The referral after the move", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
                    examples = @ExampleObject(name = "Withdrawn", value = Examples.WITHDRAWN)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReferralView> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TransitionRequest request) {
        return withTag(service.transition(id, ETags.version(ifMatch), request.to(), identity.getRoles(),
                request.reasonCode(), request.reason(), request.notes(), currentUser.userName()));
    }

    @POST
    @Path("/{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER})
    @Operation(operationId = "handOverReferral", summary = "Hand a draft referral over to another practitioner",
            description = "A draft belongs to its author: only they change, submit or withdraw it (403 for anyone "
                    + "else). Its author, or a treatment manager, hands it to another practitioner, who becomes its "
                    + "author and referrer; the hand-over is logged in its history (trigger HAND_OVER). Only a draft "
                    + "is handed over (409 after submission). Publishes no event.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HandOverRequest.class),
            examples = @ExampleObject(name = "To a colleague", value = Examples.HAND_OVER)))
    @APIResponse(responseCode = "200", description = "The draft, now the receiver's", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class),
            examples = @ExampleObject(name = "Handed over", value = Examples.HANDED_OVER)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<ReferralView> handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HandOverRequest request) {
        return withTag(service.handOver(id, ETags.version(ifMatch), request.to(), request.reason(),
                identity.getRoles(), currentUser.userName()));
    }

    private static RestResponse<ReferralView> withTag(ReferralView referral) {
        return RestResponse.ResponseBuilder.ok(referral).tag(ETags.of(referral.version())).build();
    }
}
