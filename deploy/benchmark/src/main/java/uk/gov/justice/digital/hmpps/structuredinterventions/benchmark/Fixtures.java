package uk.gov.justice.digital.hmpps.structuredinterventions.benchmark;

import java.net.http.HttpResponse;

/**
 * The people the read scenarios look at, made over the services' APIs when missing (so repeated runs reuse them):
 * L000001 with three referrals (two drafts and one awaiting readiness) and R000001 with a RAR requirement and five
 * attended activities. In growth mode the read scenarios look at growth people instead (G000001, loaded by
 * {@link Growth}).
 */
public final class Fixtures {

    public static final String LIST_CRN = "L000001";
    public static final String RAR_CRN = "R000001";
    static final long RAR_REQUIREMENT = 2_700_000_001L;

    private Fixtures() {
    }

    /** The CRN the by-CRN list asks for. */
    public static String listCrn() {
        return Boolean.getBoolean("benchmark.growth") ? Growth.LIST_CRN : ensureListPerson();
    }

    /** The CRN whose RAR summary is read. */
    public static String rarCrn() {
        return Boolean.getBoolean("benchmark.growth") ? Growth.RAR_CRN : ensureRarPerson();
    }

    static String ensureListPerson() {
        int existing = Http.json(Http.expect(200, Http.call("GET", Stack.REFERRAL + "/referrals?crn=" + LIST_CRN,
                Stack.PRACTITIONER, null, null))).path("totalElements").asInt();
        if (existing == 0) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> drafted = Http.expect(201, Http.call("POST", Stack.REFERRAL + "/referrals",
                        Stack.PRACTITIONER, Bodies.draft(LIST_CRN), null));
                if (i == 2) {
                    Http.expect(200, Http.call("POST", Stack.REFERRAL + "/referrals/" + Http.json(drafted).path("id").asText()
                            + "/submit", Stack.PRACTITIONER, null, drafted.headers().firstValue("ETag").orElse(null)));
                }
            }
        }
        return LIST_CRN;
    }

    static String ensureRarPerson() {
        HttpResponse<String> registered = Http.call("POST", Stack.CONTACT_LOG + "/rar-requirements", Stack.DELIUS,
                Bodies.rarRequirement(RAR_REQUIREMENT, RAR_CRN, 40), null);
        if (registered.statusCode() != 201 && registered.statusCode() != 200 && registered.statusCode() != 409) {
            Http.expect(201, registered);
        }
        int contacts = Http.json(Http.expect(200, Http.call("GET", Stack.CONTACT_LOG + "/contacts?crn=" + RAR_CRN,
                Stack.PRACTITIONER, null, null))).path("totalElements").asInt();
        for (int i = contacts; i < 5; i++) {
            Http.expect(201, Http.call("POST", Stack.CONTACT_LOG + "/contacts", Stack.PRACTITIONER,
                    Bodies.contact(RAR_CRN, RAR_REQUIREMENT, Bodies.TODAY.minusDays(1 + i)), null));
        }
        return RAR_CRN;
    }
}
