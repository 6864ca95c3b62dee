package uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.web;

import java.util.Optional;
import java.util.function.BiFunction;
import org.jboss.resteasy.reactive.RestResponse;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessContent;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessPeriod;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.subjectaccess.SubjectAccessRequest;

/**
 * Answers {@code GET /subject-access-request} as HMPPS's contract says, the same in every service: 200 with
 * {@code {"content": ...}} when the service holds something about the person in the period, 204 when it holds
 * nothing, 209 when the request names only a prison number (these services hold people by CRN), and 400 naming each
 * broken parameter ({@link SubjectAccessRequest#read}).
 */
public final class SubjectAccessAnswers {

    /** HMPPS's answer for a subject identifier the service does not recognise: a PRN, here. */
    public static final int SUBJECT_NOT_RECOGNISED = 209;

    private SubjectAccessAnswers() {
    }

    /**
     * Reads the parameters and answers with what {@code held} finds for the CRN in the period.
     *
     * @param held what the service holds about the CRN in the period; empty when nothing
     */
    public static <T> RestResponse<SubjectAccessContent<T>> answer(String crn, String prn, String fromDate,
            String toDate, BiFunction<String, SubjectAccessPeriod, Optional<T>> held) {
        SubjectAccessRequest request = SubjectAccessRequest.read(crn, prn, fromDate, toDate);
        if (request.prnOnly()) {
            return RestResponse.ResponseBuilder.<SubjectAccessContent<T>>create(SUBJECT_NOT_RECOGNISED).build();
        }
        return held.apply(request.crn(), request.period())
                .map(content -> RestResponse.ok(new SubjectAccessContent<>(content)))
                .orElseGet(RestResponse::noContent);
    }
}
