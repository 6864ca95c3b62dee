package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointedRole;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.Appointment;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.AppointmentDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.AppointmentService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.text.Texts;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY,
        Roles.FACILITATOR, Roles.PEER_MENTOR, Roles.INTERVENTIONS_TEAM})
@Tag(name = "Appointments", description = "Facilitators and peer mentors appointed by Programme Managers to deliver "
        + "the pre-intervention module")
public class AppointmentResource {

    @Schema(name = "AppointmentWithdrawal", description = "A Programme Manager withdraws an appointment")
    public record WithdrawalRequest(@Size(max = 2000) @Schema(description = "Why it was withdrawn") String reason) {
    }

    private final AppointmentService service;
    private final CurrentUser currentUser;

    AppointmentResource(AppointmentService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(operationId = "appoint", summary = "Appoint a facilitator or peer mentor",
            description = "By a Programme Manager, who is recorded as appointedBy from the token. A person holds one "
                    + "current appointment in each role (409 for a second). Sessions they deliver name the "
                    + "appointment's id in deliveredBy.appointmentId.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointmentDetails.class),
            examples = @ExampleObject(name = "A peer mentor", value = Examples.APPOINTMENT)))
    @APIResponse(responseCode = "201", description = "The appointment",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appointment.View.class),
                    examples = @ExampleObject(name = "A peer mentor appointed", value = Examples.APPOINTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Appointment.View> appoint(@Valid @NotNull AppointmentDetails details, @Context UriInfo uri) {
        Appointment.View appointment = service.appoint(details, currentUser.userName());
        return RestResponse.ResponseBuilder.<Appointment.View>created(
                        uri.getBaseUriBuilder().path("appointments").path(appointment.id().toString()).build())
                .entity(appointment).tag(ETags.of(appointment.version())).build();
    }

    @GET
    @Operation(operationId = "findAppointments", summary = "Find appointments",
            description = "The earliest appointed first. A facilitator or peer mentor finds their own appointment's id "
                    + "here to name it on the sessions they deliver.")
    @APIResponse(responseCode = "200", description = "One page of appointments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentPage.class),
                    examples = @ExampleObject(name = "A peer mentor and a facilitator", value = Examples.APPOINTMENTS)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<Appointment.View> find(
            @QueryParam("role") @Parameter(description = "Only appointments in this role; both when left out",
                    schema = @Schema(implementation = AppointedRole.class)) String role,
            @QueryParam("current") @Parameter(description = "Only current appointments (true) or only withdrawn ones "
                    + "(false); all when left out", schema = @Schema(type = SchemaType.BOOLEAN)) String current,
            @BeanParam PageRequest paging) {
        return service.find(QueryParameters.enumValue("role", role, AppointedRole.class),
                QueryParameters.bool("current", current), paging.page(), paging.size());
    }

    @GET
    @Path("/{appointmentId}")
    @Operation(operationId = "getAppointment", summary = "Get an appointment")
    @APIResponse(responseCode = "200", description = "The appointment", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appointment.View.class),
                    examples = @ExampleObject(name = "A current appointment", value = Examples.APPOINTED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RestResponse<Appointment.View> get(@PathParam("appointmentId") UUID appointmentId) {
        Appointment.View appointment = service.get(appointmentId);
        return RestResponse.ResponseBuilder.ok(appointment).tag(ETags.of(appointment.version())).build();
    }

    @POST
    @Path("/{appointmentId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_MANAGER)
    @Operation(operationId = "withdrawAppointment", summary = "Withdraw an appointment",
            description = "By a Programme Manager, once (409 after). The appointment stays, with who withdrew it and "
                    + "when; sessions recorded under it keep naming it, and no session can be recorded under it after.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawalRequest.class),
            examples = @ExampleObject(name = "Withdrawn", value = Examples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "The appointment, withdrawn", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Appointment.View.class),
                    examples = @ExampleObject(name = "Withdrawn", value = Examples.APPOINTMENT_WITHDRAWN)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public RestResponse<Appointment.View> withdraw(@PathParam("appointmentId") UUID appointmentId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WithdrawalRequest withdrawal) {
        Appointment.View appointment = service.withdraw(appointmentId, ETags.version(ifMatch),
                Texts.blankToNull(withdrawal.reason()), currentUser.userName());
        return RestResponse.ResponseBuilder.ok(appointment).tag(ETags.of(appointment.version())).build();
    }
}
