package uk.gov.justice.digital.hmpps.structuredinterventions.contactlog.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter.DeadLetter;

/**
 * The OpenAPI schema of {@code Page<DeadLetter>}, the answer of {@code GET /dead-letters/{channel}}: a generic type
 * cannot be named in an annotation. Never built; the resource answers the kit's {@code Page}, which has these members.
 */
@Schema(name = "PageDeadLetter", description = "One page of a dead-letter topic's records")
record DeadLetterPage(
        List<DeadLetter> content,
        @Schema(description = "The number of this page, from 0", example = "0") int page,
        @Schema(description = "The most items a page holds", example = "20") int size,
        @Schema(description = "How many records the dead-letter topic holds", example = "3") long totalElements,
        @Schema(description = "How many pages there are", example = "1") int totalPages,
        @Schema(description = "Always true: a topic's offsets count its records", example = "true")
        boolean totalElementsExact) {
}
