package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which records of a dead-letter topic to replay: one record ({@code partition} and {@code offset}), or the records of
 * one partition from {@code offset} to {@code lastOffset}, both included, at most {@value #MOST_RECORDS} at a time.
 */
public record ReplayRequest(
        @NotNull @Min(0) @Max(Integer.MAX_VALUE) @Schema(required = true, description = "The dead-letter topic's "
                + "partition", example = "0", minimum = "0", maximum = "2147483647") Long partition,
        @NotNull @Min(0) @Schema(required = true, description = "The offset of the (first) record to replay",
                example = "12", minimum = "0") Long offset,
        @Min(0) @Schema(description = "The offset of the last record to replay, at most 99 after offset; none: only "
                + "the record at offset", example = "12", minimum = "0") Long lastOffset) {

    /** The most records one request replays. */
    public static final int MOST_RECORDS = 100;

    /** The last offset to replay: {@code lastOffset}, or {@code offset} when none is given. */
    public long last() {
        return lastOffset == null ? offset : lastOffset;
    }
}
