package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

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
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.domain.ReferralSubjectAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.referral.service.ReferralSubjectAccessService;
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
                "referrals": [
                  {
                    "referralReference": "3f1d7c52-8a4b-4a8e-9b2f-6c0a1e2d3b4c",
                    "intervention": "Positive Pathways",
                    "region": "london",
                    "deliveryFormat": "Group",
                    "deliveryMode": "In person",
                    "dateOfBirth": "1990-04-01",
                    "sex": "Male",
                    "offenceCohorts": [],
                    "riskOfRecidivism": "Low",
                    "unsuitableForAnAccreditedProgramme": false,
                    "whyUnsuitableForAnAccreditedProgramme": null,
                    "reasonForReferral": "Low risk of reoffending; needs help with thinking skills",
                    "status": "Awaiting readiness",
                    "readinessBarriers": [],
                    "latestReadinessAssessment": null,
                    "readinessConcern": null,
                    "referredBy": "A_PRACTITIONER",
                    "createdAt": "2026-11-20T10:00:00Z",
                    "submittedAt": "2026-11-20T10:05:00Z",
                    "lastChangedBy": "A_PRACTITIONER",
                    "lastChangedAt": "2026-11-20T10:05:00Z",
                    "statusHistory": [
                      {"fromStatus": null, "toStatus": "Draft", "howChanged": "Changed by a member of staff",
                       "changedBy": "A_PRACTITIONER", "changedAt": "2026-11-20T10:00:00Z", "reasonCode": null,
                       "reason": null, "notes": null},
                      {"fromStatus": "Draft", "toStatus": "Awaiting readiness",
                       "howChanged": "Submitted by the practitioner", "changedBy": "A_PRACTITIONER",
                       "changedAt": "2026-11-20T10:05:00Z", "reasonCode": null, "reason": null, "notes": null}
                    ]
                  }
                ],
                "preInterventionModuleCompletedOn": null
              }
            }""";

    private final ReferralSubjectAccessService service;

    SubjectAccessResource(ReferralSubjectAccessService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.SAR_DATA_ACCESS)
    @Operation(operationId = "getSubjectAccessContent",
            summary = "Everything held about a person, for a subject access request",
            description = "HMPPS's subject access request contract. Names the person by crn (this service holds "
                    + "people by CRN; prn alone answers 209, and with both the crn is used). fromDate and toDate "
                    + "(UK dates, both included, either optional) limit the answer to referrals created, submitted, "
                    + "changed or moved in the period, each with its status changes in the period, and to the "
                    + "module's completion in the period. Free text the person is entitled to (reasons, notes) is "
                    + "included; codes read as words. 204 when nothing is held in the period.")
    @APIResponse(responseCode = "200", description = "What is held about the person in the period",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "content",
                            properties = @SchemaProperty(name = "content", implementation = ReferralSubjectAccess.class)),
                    examples = @ExampleObject(name = "A submitted referral", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Nothing is held about the person in the period")
    @APIResponse(responseCode = "209", description = "The request names only a prison number (prn): this service "
            + "holds people by CRN alone, so it cannot recognise the subject")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public RestResponse<SubjectAccessContent<ReferralSubjectAccess>> heldAbout(
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
