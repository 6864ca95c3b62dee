package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.ArrayList;
import java.util.List;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;

/**
 * What a follow-up must be, in one place for booking it ahead and recording it: the guidance's step 1 says that a
 * person with no suitable device has a longer session in which someone takes them through each video on a Probation
 * Service device, and step 2 that the session is longer where the person has not reviewed the module beforehand.
 *
 * <p>Whether the person has reviewed the module is known only at the session itself, so a booking checks the device
 * part alone ({@code reviewedModuleBeforehand} null) and the recording checks both.
 */
public final class ExtendedSessionRule {

    static final String NO_DEVICE = "the person has no suitable device";
    static final String NOT_REVIEWED = "the person has not reviewed the module beforehand";

    private ExtendedSessionRule() {
    }

    /**
     * Why the follow-up must be extended; empty when a standard one will do.
     *
     * @param suitableDevice what the introduction recorded
     * @param reviewedModuleBeforehand whether the person reviewed the module; null when not known yet
     */
    public static List<String> reasons(boolean suitableDevice, Boolean reviewedModuleBeforehand) {
        List<String> reasons = new ArrayList<>();
        if (!suitableDevice) {
            reasons.add(NO_DEVICE);
        }
        if (Boolean.FALSE.equals(reviewedModuleBeforehand)) {
            reasons.add(NOT_REVIEWED);
        }
        return reasons;
    }

    /**
     * The rule's broken parts: {@code length} must be EXTENDED for any of the {@link #reasons}, and without a suitable
     * device {@code deviceField} must be true.
     *
     * @param deviceField the field saying a Probation Service device is (to be) used: {@code probationServiceDeviceUsed}
     *        on a recorded follow-up, {@code probationServiceDevice} on a booking
     */
    public static List<FieldError> check(boolean suitableDevice, Boolean reviewedModuleBeforehand, SessionLength length,
            Boolean probationServiceDevice, String deviceField) {
        List<FieldError> broken = new ArrayList<>();
        List<String> reasons = reasons(suitableDevice, reviewedModuleBeforehand);
        if (!reasons.isEmpty() && length != SessionLength.EXTENDED) {
            broken.add(new FieldError("length", "must be EXTENDED: " + String.join(" and ", reasons)));
        }
        if (!suitableDevice && !Boolean.TRUE.equals(probationServiceDevice)) {
            broken.add(new FieldError(deviceField,
                    "must be true: " + NO_DEVICE + ", so the videos are shown on a Probation Service device"));
        }
        return broken;
    }
}
