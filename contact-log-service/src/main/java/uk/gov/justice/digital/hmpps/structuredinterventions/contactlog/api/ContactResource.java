package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.Contact;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactDetails;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactOutcome;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactSearch;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactType;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactView;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service.ContactService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.Problem;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.ETags;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.PageRequest;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

@Path("/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.TREATMENT_MANAGER, Roles.READ_ONLY, Roles.DELIUS_SYNC})
@Tag(name = "Contacts", description = "Contacts with people on probation, and whether each counts towards RAR days")
public class ContactResource {

    @Schema(name = "OutcomeUpdate", description = "How a contact went")
    public record OutcomeUpdate(@NotNull @Schema(example = "ATTENDED_COMPLIED") ContactOutcome outcome) {
    }

    private final ContactService service;
    private final CurrentUser currentUser;

    ContactResource(ContactService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordContact", summary = "Record a contact",
            description = "Other rehabilitative activity, with its date and times, who delivered it and in what role, "
                    + "and its outcome once it has happened. The pre-intervention module's contacts (PIM_INTRODUCTION, "
                    + "PIM_FOLLOW_UP, PIM_COMPLETION) cannot be recorded here: they are recorded through "
                    + "readiness-service (POST /people/{crn}/readiness/introduction, /follow-ups, /completion), whose "
                    + "events make them, and this answers 422 on type. GET /contact-types says which types can be "
                    + "recorded by hand. A RAR activity counts towards the RAR requirement named, which must be the "
                    + "person's and cover the date, or else towards the person's only requirement covering the date. "
                    + "Publishes structured-interventions.contact.recorded, and "
                    + "structured-interventions.rar.days-changed when the RAR days change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactDetails.class),
            examples = {
                    @ExampleObject(name = "An attended rehabilitative activity", value = Examples.CONTACT),
                    @ExampleObject(name = "A contact booked for later", value = Examples.BOOKED_CONTACT)}))
    @APIResponse(responseCode = "201", description = "The contact, with its URN for nDelius",
            headers = {@Header(ref = "Location"), @Header(ref = "ETag")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "An attended rehabilitative activity", value = Examples.RECORDED)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", description = "A rule of recording is broken, each named in errors; a contact "
            + "of the pre-intervention module is refused on type alone, naming the readiness-service endpoint that "
            + "records it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "A module contact, recorded through readiness-service",
                                    value = Examples.MODULE_CONTACT_REFUSED),
                            @ExampleObject(name = "An outcome for a contact in the future",
                                    value = Examples.OUTCOME_IN_THE_FUTURE)}))
    public Response record(@Valid @NotNull ContactDetails details, @Context UriInfo uri) {
        ContactView contact = service.record(details, currentUser.userName());
        return Response.created(uri.getAbsolutePathBuilder().path(contact.id().toString()).build()).entity(contact)
                .tag(ETags.of(contact.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContact", summary = "Get a contact", description = "The ETag carries its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The contact", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "An attended rehabilitative activity", value = Examples.RECORDED)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        ContactView contact = service.get(id);
        return Response.ok(contact).tag(ETags.of(contact.version())).build();
    }

    @GET
    @Operation(operationId = "findContacts", summary = "Find a person's contacts",
            description = "Latest first, optionally between two dates (inclusive) and of one type.")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPage.class),
                    examples = @ExampleObject(name = "A module follow-up and another activity, latest first", value = Examples.CONTACT_PAGE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ContactView> search(
            @QueryParam("crn") @Parameter(required = true, example = "X123456") String crn,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = ContactType.class)) String type,
            @BeanParam PageRequest paging) {
        return service.search(new ContactSearch(QueryParameters.requiredCrn("crn", crn),
                        QueryParameters.date("from", from), QueryParameters.date("to", to),
                        QueryParameters.enumValue("type", type, ContactType.class)),
                paging.page(), paging.size());
    }

    @PUT
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRACTITIONER)
    @Operation(operationId = "recordContactOutcome", summary = "Record or correct a contact's outcome",
            description = "Once the contact has taken place (422 before). A missed outcome (failed to attend, "
                    + "acceptable absence, rescheduled) or attended but failed to comply takes the contact out of the "
                    + "RAR tally, as nDelius counts it; attended and complied puts it in. Publishes "
                    + "structured-interventions.contact.outcome-updated when the outcome changes, and "
                    + "structured-interventions.rar.days-changed when the RAR days change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OutcomeUpdate.class),
            examples = @ExampleObject(name = "Did not attend", value = Examples.OUTCOME)))
    @APIResponse(responseCode = "200", description = "The contact", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class),
                    examples = @ExampleObject(name = "Did not attend", value = Examples.FAILED_TO_ATTEND)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "RuleBroken")
    public Response recordOutcome(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeUpdate update) {
        ContactView contact = service.recordOutcome(id, ETags.version(ifMatch), update.outcome(),
                currentUser.userName());
        return Response.ok(contact).tag(ETags.of(contact.version())).build();
    }
}
