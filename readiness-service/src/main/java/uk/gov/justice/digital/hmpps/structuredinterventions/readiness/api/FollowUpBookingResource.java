package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingCancellation;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingDelivery;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.BookingMissed;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBooking;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.FollowUpBookingDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReadinessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

/**
 * Follow-ups arranged ahead. Each answer carries the booking, with the person's record's version as the ETag: a booking
 * belongs to the record, and every change to one raises it.
 */
@Path("/people/{crn}/readiness/follow-up-bookings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.FACILITATOR, Roles.PEER_MENTOR,
        Roles.INTERVENTIONS_TEAM})
@Tag(name = "Follow-up bookings", description = "Follow-up sessions arranged ahead, and how each ended")
public class FollowUpBookingResource {

    /** The shape of a page of bookings, for the OpenAPI document: the kit's {@link Page} of {@link FollowUpBooking.View}. */
    @Schema(name = "FollowUpBookingPage", description = "One page of a person's follow-up bookings")
    public record BookingPage(List<FollowUpBooking.View> content,
            @Schema(description = "The number of this page, from 0", example = "0") int page,
            @Schema(description = "The most items a page holds", example = "20") int size,
            @Schema(description = "How many bookings match, on all pages; when totalElementsExact is false, at least "
                    + "this many", example = "3") long totalElements,
            @Schema(description = "How many pages there are", example = "1") int totalPages,
            @Schema(description = "False when more bookings match than were counted", example = "true")
            boolean totalElementsExact) {
    }

    private final ReadinessService service;
    private final CurrentUser currentUser;

    FollowUpBookingResource(ReadinessService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "bookFollowUp", summary = "Book a follow-up session ahead",
            description = "As for recording a follow-up: after the introduction and once the person has been referred, "
                    + "before completion (409 otherwise); the same rules on who delivers it (422) and who may book it "
                    + "(403). The session is still to come (422 on session.date or session.startTime). Where the "
                    + "person has no suitable device it must be EXTENDED (422 on length) and use a Probation Service "
                    + "device (422 on probationServiceDevice). Publishes "
                    + "structured-interventions.readiness.follow-up-booked; contact-log-service records a booked "
                    + "contact with no outcome yet.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpBookingDetails.class),
            examples = @ExampleObject(name = "An extended session on an office laptop", value = Examples.BOOKING)))
    @APIResponse(responseCode = "201", description = "The booking; the ETag is the record's version",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpBooking.View.class),
                    examples = @ExampleObject(name = "Booked with a peer mentor", value = Examples.BOOKED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<FollowUpBooking.View> book(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FollowUpBookingDetails details,
            @Context UriInfo uri) {
        ReadinessService.BookingAnswer answer = service.book(crn(crn), ETags.version(ifMatch), details,
                ReadinessResource.recorder(currentUser));
        return RestResponse.ResponseBuilder.<FollowUpBooking.View>created(uri.getBaseUriBuilder().path("people")
                .path(answer.booking().crn()).path("readiness").path("follow-up-bookings")
                .path(answer.booking().id().toString()).build())
                .entity(answer.booking()).tag(ETags.of(answer.recordVersion())).build();
    }

    @GET
    @Operation(operationId = "findFollowUpBookings", summary = "List a person's follow-up bookings",
            description = "The earliest session first, 20 a page; status narrows it to booked, delivered, missed or "
                    + "cancelled ones.")
    @APIResponse(responseCode = "200", description = "One page of bookings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingPage.class),
                    examples = @ExampleObject(name = "One booked, one cancelled", value = Examples.BOOKINGS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<FollowUpBooking.View> find(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @QueryParam("status") @Parameter(description = "Only bookings with this status; all when left out",
                    schema = @Schema(implementation = FollowUpBooking.Status.class)) String status,
            @BeanParam PageRequest paging) {
        return service.bookings(crn(crn), QueryParameters.enumValue("status", status, FollowUpBooking.Status.class),
                paging.page(), paging.size());
    }

    @GET
    @Path("/{bookingId}")
    @Operation(operationId = "getFollowUpBooking", summary = "Get a follow-up booking")
    @APIResponse(responseCode = "200", description = "The booking; the ETag is the record's version",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpBooking.View.class),
                    examples = @ExampleObject(name = "Booked with a peer mentor", value = Examples.BOOKED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<FollowUpBooking.View> get(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @PathParam("bookingId") UUID bookingId) {
        return ok(service.getBooking(crn(crn), bookingId));
    }

    @POST
    @Path("/{bookingId}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "recordBookedFollowUpDelivered", summary = "Record that a booked follow-up took place",
            description = "Once the booked date has come (422 on session.date before). It becomes the follow-up, "
                    + "under the booking's id, with the booked date, times and deliverer, and the booked length and "
                    + "device unless given: checked as any follow-up is, so a booked extended session on a Probation "
                    + "Service device meets the rule for a person with no suitable device. attendance is one in which "
                    + "the person attended (422 otherwise: record it as missed). A booking changes once (409 after). "
                    + "Publishes structured-interventions.readiness.follow-up-completed and "
                    + ".follow-up-booking-closed; contact-log-service gives the booked contact its outcome.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BookingDelivery.class),
            examples = @ExampleObject(name = "Attended, all four exercises", value = Examples.BOOKING_DELIVERED)))
    @APIResponse(responseCode = "200", description = "The booking, delivered",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpBooking.View.class),
                    examples = @ExampleObject(name = "Delivered; the follow-up has its id", value = Examples.BOOKING_DELIVERED_ANSWER)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<FollowUpBooking.View> deliver(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @PathParam("bookingId") UUID bookingId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BookingDelivery details) {
        return ok(service.deliverBooking(crn(crn), bookingId, ETags.version(ifMatch), details,
                ReadinessResource.recorder(currentUser)));
    }

    @POST
    @Path("/{bookingId}/non-attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "recordBookedFollowUpMissed", summary = "Record that the person did not attend a booked follow-up",
            description = "Once the booked date has come (422 on session.date before: cancel it to call it off "
                    + "beforehand). outcome is FAILED_TO_ATTEND, ACCEPTABLE_ABSENCE or RESCHEDULED (422 otherwise). It "
                    + "becomes a missed follow-up under the booking's id, which is no pre-work contact and earns no RAR "
                    + "day. A booking changes once (409 after). Publishes "
                    + "structured-interventions.readiness.follow-up-completed and .follow-up-booking-closed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BookingMissed.class),
            examples = @ExampleObject(name = "Did not attend", value = Examples.BOOKING_MISSED)))
    @APIResponse(responseCode = "200", description = "The booking, missed",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpBooking.View.class),
                    examples = @ExampleObject(name = "Did not attend", value = Examples.BOOKING_MISSED_ANSWER)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public RestResponse<FollowUpBooking.View> missed(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @PathParam("bookingId") UUID bookingId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BookingMissed details) {
        return ok(service.missBooking(crn(crn), bookingId, ETags.version(ifMatch), details,
                ReadinessResource.recorder(currentUser)));
    }

    @POST
    @Path("/{bookingId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
    @Operation(operationId = "cancelFollowUpBooking", summary = "Cancel a booked follow-up",
            description = "Before it takes place, with the reason. It makes no follow-up. A booking changes once (409 "
                    + "after). Publishes structured-interventions.readiness.follow-up-booking-closed; "
                    + "contact-log-service marks the booked contact cancelled.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BookingCancellation.class),
            examples = @ExampleObject(name = "Rescheduled", value = Examples.BOOKING_CANCELLED)))
    @APIResponse(responseCode = "200", description = "The booking, cancelled",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpBooking.View.class),
                    examples = @ExampleObject(name = "Rescheduled", value = Examples.BOOKING_CANCELLED_ANSWER)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<FollowUpBooking.View> cancel(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @PathParam("bookingId") UUID bookingId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull BookingCancellation details) {
        return ok(service.cancelBooking(crn(crn), bookingId, ETags.version(ifMatch), details,
                ReadinessResource.recorder(currentUser)));
    }

    private static RestResponse<FollowUpBooking.View> ok(ReadinessService.BookingAnswer answer) {
        return RestResponse.ResponseBuilder.ok(answer.booking()).tag(ETags.of(answer.recordVersion())).build();
    }

    private static String crn(String raw) {
        return QueryParameters.requiredCrn("crn", raw);
    }
}
