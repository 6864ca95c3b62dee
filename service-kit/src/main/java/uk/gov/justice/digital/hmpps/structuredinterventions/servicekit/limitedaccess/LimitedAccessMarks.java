package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.limitedaccess;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The limited-access marks on one person, as the nDelius adapter sends them and as a service keeps them. (No
 * class-level {@code @Schema}: that would put it in the OpenAPI document of every service, the catalogue's too.)
 */
public record LimitedAccessMarks(
        @NotNull @Schema(required = true, example = "true", description = "Whether only the users in restrictedTo may "
                + "see the person") Boolean restricted,
        @Size(max = 1000) @Schema(example = "[\"J_SMITH\"]", description = "HMPPS Auth user names who may see the "
                + "person while restricted; must be empty when not restricted")
        List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._@-]*$",
                message = "must be a user name: letters, digits and . _ @ -") String> restrictedTo,
        @Size(max = 1000) @Schema(example = "[\"A_BROWN\"]", description = "HMPPS Auth user names who may not see the "
                + "person, restricted or not")
        List<@NotNull @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._@-]*$",
                message = "must be a user name: letters, digits and . _ @ -") String> excludedFrom) {

    public LimitedAccessMarks {
        restrictedTo = restrictedTo == null ? List.of() : restrictedTo;
        excludedFrom = excludedFrom == null ? List.of() : excludedFrom;
    }

    public static LimitedAccessMarks of(AccessRule.AccessMarks marks) {
        return new LimitedAccessMarks(marks.restricted(), marks.restrictedTo().stream().sorted().toList(),
                marks.excludedFrom().stream().sorted().toList());
    }
}
