package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, documented and checked in one place. Take it as a
 * {@code @BeanParam}; {@link #page()} and {@link #size()} answer 400 naming the parameter and its range.
 */
public class PageRequest {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @Parameter(description = "From 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0",
            maximum = "100000"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items on a page", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20",
            minimum = "1", maximum = "100"))
    String size;

    public PageRequest() {
    }

    /** A request for page {@code page} of {@code size} items (for tests and callers outside JAX-RS). */
    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        return request;
    }

    /** The page asked for, from 0; 0 when none is given. */
    public int page() {
        return QueryParameters.integer("page", page, 0, 0, MAX_PAGE);
    }

    /** The items on a page asked for; {@value #DEFAULT_SIZE} when none is given. */
    public int size() {
        return QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }
}
