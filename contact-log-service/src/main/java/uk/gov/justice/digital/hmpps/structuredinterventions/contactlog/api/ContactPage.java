package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.domain.ContactView;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web.Page;

/**
 * The OpenAPI schema of {@code Page<ContactView>}, the answer of {@code GET /contacts}: a generic type cannot
 * be named in an annotation, and an answer given its examples needs its schema named too. Never built; the resource
 * answers the kit's {@link Page}, which has these members.
 */
@Schema(name = "PageContactView", description = "One page of contacts")
record ContactPage(
        List<ContactView> content,
        @Schema(description = "The number of this page, from 0", example = "0") int page,
        @Schema(description = "The most items a page holds", example = "20") int size,
        @Schema(description = "How many items match, on all pages; when totalElementsExact is false, at least this many",
                example = "3") long totalElements,
        @Schema(description = "How many pages there are; when totalElementsExact is false, at least this many",
                example = "1") int totalPages,
        @Schema(description = "False when more items match than were counted: counting stops at 1 000 (or just past "
                + "the page asked for, if that is further)", example = "true") boolean totalElementsExact) {
}
