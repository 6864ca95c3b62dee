package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a longer list, numbered from 0 as HMPPS services number them.
 *
 * @param content the items on this page
 * @param page the number of this page, from 0
 * @param size the most items a page holds
 * @param totalElements how many items there are on all pages
 * @param totalPages how many pages there are
 */
public record Page<T>(
        List<T> content,
        @Schema(description = "The number of this page, from 0", example = "0") int page,
        @Schema(description = "The most items a page holds", example = "20") int size,
        @Schema(description = "How many items match, on all pages", example = "3") long totalElements,
        @Schema(description = "How many pages there are", example = "1") int totalPages) {

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> of(List<T> content, int page, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new Page<>(content, page, size, totalElements, totalPages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
