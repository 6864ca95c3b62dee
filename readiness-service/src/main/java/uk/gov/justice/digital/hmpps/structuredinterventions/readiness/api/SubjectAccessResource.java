package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.api;

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
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain.ReadinessSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.readiness.service.ReadinessSubjectAccessService;
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
                "readinessStatus": "Awaiting follow up",
                "recordOpenedAt": "2026-11-13T09:00:00Z",
                "referrals": [
                  {"referralReference": "3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c", "intervention": "Positive Pathways",
                   "region": "london", "status": "Awaiting readiness", "referredBy": "A_PRACTITIONER",
                   "linkedAt": "2026-11-20T10:05:00Z"}
                ],
                "introduction": {
                  "session": {"date": "2026-11-13", "startTime": "10:00:00", "endTime": "11:00:00",
                              "deliveredBy": "Jo Practitioner", "deliveredByRole": "Probation practitioner"},
                  "aboutPageWalkedThrough": true, "contentsPageWalkedThrough": true, "formatExplained": true,
                  "exercisesOverviewed": ["Introductory video", "Getting ready", "Working with probation from home",
                                          "Conditions of success"],
                  "paperCopyGiven": true, "suitableDevice": false,
                  "technologicalBarriers": "No smartphone or computer at home", "moduleVersion": 1,
                  "notes": null, "recordedBy": "A_PRACTITIONER", "recordedAt": "2026-11-13T11:10:00Z"
                },
                "followUps": [],
                "followUpBookings": [
                  {
                    "status": "Cancelled",
                    "session": {"date": "2026-11-27", "startTime": "10:00:00", "endTime": "11:30:00",
                                "deliveredBy": "Sam Jones", "deliveredByRole": "Peer mentor"},
                    "length": "Extended", "probationServiceDevice": true, "location": "Probation office",
                    "notes": null, "referralReferences": ["3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c"],
                    "bookedBy": "A_PRACTITIONER", "bookedAt": "2026-11-20T10:30:00Z", "attendance": null,
                    "cancellationReason": "Person unavailable", "outcomeNotes": "Hospital appointment",
                    "closedBy": "A_PRACTITIONER", "closedAt": "2026-11-24T09:15:00Z"
                  }
                ],
                "moduleCompletion": null,
                "revisits": [],
                "readinessAssessments": [],
                "concerns": []
              }
            }""";


    private final ReadinessSubjectAccessService service;

    SubjectAccessResource(ReadinessSubjectAccessService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.SAR_DATA_ACCESS)
    @Operation(operationId = "getSubjectAccessContent",
            summary = "Everything held about a person, for a subject access request",
            description = "HMPPS's subject access request contract. Names the person by crn (this service holds "
                    + "people by CRN; prn alone answers 209, and with both the crn is used). The person's "
                    + "pre-intervention module record: the introduction, follow-ups (with the reflections noted), "
                    + "completion, revisits, readiness assessments and concerns, and the referrals it is kept for. "
                    + "fromDate and toDate (UK dates, both included, either optional) limit it to the sessions held or "
                    + "recorded, assessments made, concerns raised or acknowledged and referrals linked in the "
                    + "period. Free text the person is entitled to (notes, reflections, reasons) is included; codes "
                    + "read as words. 204 when nothing is held in the period.")
    @APIResponse(responseCode = "200", description = "What is held about the person in the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "content",
                            properties = @SchemaProperty(name = "content", implementation = ReadinessSubjectAccess.class)),
                    examples = @ExampleObject(name = "Introduced, awaiting the follow-up", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Nothing is held about the person in the period")
    @APIResponse(responseCode = "209", description = "The request names only a prison number (prn): this service "
            + "holds people by CRN alone, so it cannot recognise the subject")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<SubjectAccessContent<ReadinessSubjectAccess>> heldAbout(
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
