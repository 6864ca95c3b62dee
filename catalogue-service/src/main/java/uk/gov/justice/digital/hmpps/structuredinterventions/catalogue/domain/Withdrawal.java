package uk.gov.justice.digital.hmpps.structuredinterventions.catalogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.FieldError;
import uk.gov.justice.digital.hmpps.structuredinterventions.servicekit.problem.ProblemException;

/** Why an intervention was withdrawn, by whom and when. A withdrawn intervention keeps it for good. */
@Embeddable
public class Withdrawal {

    @Column(name = "withdrawal_reason")
    private String reason;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    protected Withdrawal() {
    }

    private Withdrawal(String reason, String withdrawnBy, OffsetDateTime withdrawnAt) {
        this.reason = reason;
        this.withdrawnBy = withdrawnBy;
        this.withdrawnAt = withdrawnAt;
    }

    /**
     * A withdrawal records why, without surrounding space, and who withdrew the intervention when.
     *
     * @throws ProblemException (422) naming {@code reason} when it says nothing
     */
    public static Withdrawal of(String reason, String by, OffsetDateTime at) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.ruleBroken("The withdrawal cannot be recorded like this",
                    List.of(new FieldError("reason", "must say why the intervention is withdrawn")));
        }
        return new Withdrawal(reason.strip(), Objects.requireNonNull(by, "by"), Objects.requireNonNull(at, "at"));
    }

    public String reason() {
        return reason;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public InterventionView.Withdrawal view() {
        return new InterventionView.Withdrawal(reason, withdrawnBy, withdrawnAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Withdrawal that && Objects.equals(reason, that.reason)
                && Objects.equals(withdrawnBy, that.withdrawnBy) && Objects.equals(withdrawnAt, that.withdrawnAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, withdrawnBy, withdrawnAt);
    }
}
