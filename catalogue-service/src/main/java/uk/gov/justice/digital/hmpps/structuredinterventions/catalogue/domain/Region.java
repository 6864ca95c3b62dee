package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the 12 probation regions of England and Wales (reference data), known by a slug such as {@code north-east}.
 * No request changes a region, so regions are kept in Hibernate's second-level cache.
 */
@Entity
@Cacheable
@Table(name = "region")
public class Region {

    @Id
    private String code;

    private String name;

    private int position;

    protected Region() {
    }

    public Region(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Where the region comes in the usual listing order. */
    public int position() {
        return position;
    }
}
