package uk.gov.justice.digital.hmpps.structuredinterventions.referral;

import uk.gov.justice.digital.hmpps.structuredinterventions.localinfra.testing.LayerRulesContract;

/** This service keeps the layer rule of docs/architecture.md. */
class LayerRulesTest extends LayerRulesContract {
}
