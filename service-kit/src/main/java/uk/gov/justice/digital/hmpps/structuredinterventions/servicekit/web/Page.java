package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a longer list, numbered from 0 as HMPPS services number them.
 *
 * <p>Counting every match on every page costs as much as reading them all, so a long list is counted only up to
 * {@link #COUNT_LIMIT} (or a little past the page asked for, if that is further): beyond it {@code totalElements} is a
 * lower bound and {@code totalElementsExact} is false.
 *
 * @param content the items on this page
 * @param page the number of this page, from 0
 * @param size the most items a page holds
 * @param totalElements how many items there are on all pages, or at least, when not exact
 * @param totalPages how many pages there are, or at least, when the total is not exact
 * @param totalElementsExact whether {@code totalElements} counts every match
 */
public record Page<T>(
        List<T> content,
        @Schema(description = "The number of this page, from 0", example = "0") int page,
        @Schema(description = "The most items a page holds", example = "20") int size,
        @Schema(description = "How many items match, on all pages; when totalElementsExact is false, at least this many",
                example = "3") long totalElements,
        @Schema(description = "How many pages there are; when totalElementsExact is false, at least this many",
                example = "1") int totalPages,
        @Schema(description = "False when more items match than were counted: counting stops at 1 000 (or just past "
                + "the page asked for, if that is further)", example = "true") boolean totalElementsExact) {

    /** How far a long list is counted. */
    public static final long COUNT_LIMIT = 1_000;

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, int page, int size, long totalElements) {
        return new Page<>(content, page, size, totalElements, pages(totalElements, size), true);
    }

    /**
     * A page whose total is counted only when the page in hand cannot tell it, and then only up to a limit. A page
     * that is neither full nor past the end is the last, so the total is the items before it and on it: most lists fit
     * on one page and run no count at all.
     *
     * @param countUpTo counts the matching items, stopping at the given number
     */
    public static <T> Page<T> counted(List<T> content, int page, int size, LongUnaryOperator countUpTo) {
        int found = content.size();
        if (found < size && (found > 0 || page == 0)) {
            return of(content, page, size, (long) page * size + found);
        }
        long limit = Math.max(COUNT_LIMIT, (long) (page + 1) * size + 1);
        long counted = countUpTo.applyAsLong(limit);
        return new Page<>(content, page, size, counted, pages(counted, size), counted < limit);
    }

    private static int pages(long totalElements, int size) {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (totalElements + size - 1) / size);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages,
                totalElementsExact);
    }
}
