package uk.gov.justice.digital.hmpps.structuredinterventions.referral.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccess;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess.LimitedAccessMarks;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.CurrentUser;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.security.Roles;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.QueryParameters;

/** Receives restricted and excluded cases from nDelius (docs/limited-access.md). */
@Path("/limited-access/{crn}")
@Tag(name = "Limited access", description = "Restricted and excluded cases, as nDelius marks them")
public class LimitedAccessResource {

    private static final String EXAMPLE = """
            {"restricted": true, "restrictedTo": ["J_SMITH"], "excludedFrom": ["A_BROWN"]}""";

    private final LimitedAccess limitedAccess;
    private final CurrentUser currentUser;

    LimitedAccessResource(LimitedAccess limitedAccess, CurrentUser currentUser) {
        this.limitedAccess = limitedAccess;
        this.currentUser = currentUser;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DELIUS_SYNC)
    @Operation(operationId = "receiveLimitedAccessMarks", summary = "Receive a person's limited-access marks",
            description = "The nDelius adapter sends the person's whole current state whenever it changes in nDelius: "
                    + "restricted (only the users in restrictedTo may see the person) and excludedFrom (those users "
                    + "may not). Each call replaces the last; the same marks again change nothing; no marks lift them. "
                    + "From the commit on, every read and write of the person's data checks them, and every list "
                    + "leaves the person out for the users they refuse.")
    @RequestBody(description = "The whole current limited-access state of the person in nDelius",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LimitedAccessMarks.class),
            examples = @ExampleObject(name = "Restricted to one user, closed to another", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The marks as kept (user names upper-case, sorted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LimitedAccessMarks.class),
                    examples = @ExampleObject(name = "Restricted to one user, closed to another", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public LimitedAccessMarks receive(@PathParam("crn") @Parameter(example = "X123456") String crn,
            @Valid @NotNull LimitedAccessMarks marks) {
        return LimitedAccessMarks.of(limitedAccess.record(QueryParameters.requiredCrn("crn", crn), marks.restricted(),
                marks.restrictedTo(), marks.excludedFrom(), currentUser.userName()));
    }
}
