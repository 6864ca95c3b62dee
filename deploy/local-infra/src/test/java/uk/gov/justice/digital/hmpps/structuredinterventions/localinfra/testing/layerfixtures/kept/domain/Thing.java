package uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.layerfixtures.kept.domain;

/** A domain value. */
public class Thing {
}
