package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactLogSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.service.ContactLogSubjectAccessService;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessContent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.SubjectAccessAnswers;

@Path("/subject-access-request")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access request", description = "What the service holds about a person, for HMPPS's Subject "
        + "Access Request service")
public class SubjectAccessResource {

    static final String EXAMPLE = """
            {
              "content": {
                "contacts": [
                  {
                    "contactReference": "urn:hmpps:structured-interventions:contact:5f0c2a9e-3c1b-4a57-9f2e-0d1c2b3a4e5f",
                    "type": "Pre-intervention module: follow-up (pre-work contact)",
                    "date": "2026-11-20",
                    "startTime": "10:00:00",
                    "endTime": "11:30:00",
                    "deliveredBy": "Sam Jones",
                    "deliveredByRole": "Peer mentor",
                    "outcome": "Attended complied",
                    "cancelledAt": null,
                    "notes": "Talked through the four videos",
                    "rarActivity": true,
                    "rarRequirement": 2500012345,
                    "referralReference": "3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c",
                    "howRecorded": "Made from the pre-intervention module's record",
                    "recordedBy": "readiness-service",
                    "recordedAt": "2026-11-20T11:40:00Z",
                    "lastChangedBy": "readiness-service",
                    "lastChangedAt": "2026-11-20T11:40:00Z"
                  },
                  {
                    "contactReference": "urn:hmpps:structured-interventions:contact:9a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d",
                    "type": "Pre-intervention module: follow-up (pre-work contact)",
                    "date": "2026-12-04",
                    "startTime": "10:00:00",
                    "endTime": "11:00:00",
                    "deliveredBy": "Sam Jones",
                    "deliveredByRole": "Peer mentor",
                    "outcome": null,
                    "cancelledAt": "2026-12-01T15:20:00Z",
                    "notes": null,
                    "rarActivity": true,
                    "rarRequirement": 2500012345,
                    "referralReference": "3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c",
                    "howRecorded": "Made from the pre-intervention module's record",
                    "recordedBy": "readiness-service",
                    "recordedAt": "2026-11-20T11:45:00Z",
                    "lastChangedBy": "PP1",
                    "lastChangedAt": "2026-12-01T15:20:00Z"
                  }
                ],
                "rarRequirements": [
                  {
                    "requirement": 2500012345,
                    "maximumDays": 20,
                    "startDate": "2026-10-01",
                    "expectedEndDate": "2027-09-30",
                    "daysUsed": 1,
                    "daysRemaining": 19,
                    "rarDaysInPeriod": ["2026-11-20"],
                    "daysBeyondMaximumInPeriod": [],
                    "registeredBy": "A_SYNC",
                    "registeredAt": "2026-10-01T09:00:00Z",
                    "lastChangedBy": "A_SYNC",
                    "lastChangedAt": "2026-10-01T09:00:00Z"
                  }
                ]
              }
            }""";


    private final ContactLogSubjectAccessService service;

    SubjectAccessResource(ContactLogSubjectAccessService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.SAR_DATA_ACCESS)
    @Operation(operationId = "getSubjectAccessContent",
            summary = "Everything held about a person, for a subject access request",
            description = "HMPPS's subject access request contract. Names the person by crn (this service holds "
                    + "people by CRN; prn alone answers 209, and with both the crn is used). The person's contacts "
                    + "and their Rehabilitative Activity Requirements with the RAR days counted. fromDate and toDate "
                    + "(UK dates, both included, either optional) limit it to contacts dated, recorded or changed in "
                    + "the period and requirements running, registered or changed in it, each with its RAR days in "
                    + "the period. Notes are included; codes read as words. 204 when nothing is held in the period.")
    @APIResponse(responseCode = "200", description = "What is held about the person in the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "content",
                            properties = @SchemaProperty(name = "content", implementation = ContactLogSubjectAccess.class)),
                    examples = @ExampleObject(name = "A follow-up that made a RAR day", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Nothing is held about the person in the period")
    @APIResponse(responseCode = "209", description = "The request names only a prison number (prn): this service "
            + "holds people by CRN alone, so it cannot recognise the subject")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<SubjectAccessContent<ContactLogSubjectAccess>> heldAbout(
            @QueryParam("crn") @Parameter(description = "The person's nDelius case reference number",
                    example = "X123456") String crn,
            @QueryParam("prn") @Parameter(description = "The person's NOMIS prison number; not held here",
                    example = "A1234BC") String prn,
            @QueryParam("fromDate") @Parameter(description = "The first UK date of the period (ISO, included); "
                    + "none: from the beginning", example = "2026-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String fromDate,
            @QueryParam("toDate") @Parameter(description = "The last UK date of the period (ISO, included); none: "
                    + "up to now", example = "2026-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String toDate) {
        return SubjectAccessAnswers.answer(crn, prn, fromDate, toDate, service::heldAbout);
    }
}
