package uk.gov.justice.digital.hmpps.structuredinterventions.readiness.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is recording a session of the module: the signed-in user and which of the roles that record sessions their token
 * holds. A practitioner records any session, whoever delivered it; anyone else records only the sessions they delivered
 * themselves, in their own role (ADR 0014).
 */
public record Recorder(String userName, Set<Role> roles) {

    /** The roles that record sessions, and the role each records its holder's own sessions in. */
    public enum Role {
        PRACTITIONER(null),
        FACILITATOR(DelivererRole.FACILITATOR),
        PEER_MENTOR(DelivererRole.PEER_MENTOR),
        INTERVENTIONS_TEAM(DelivererRole.INTERVENTIONS_TEAM_MEMBER);

        private final DelivererRole delivers;

        Role(DelivererRole delivers) {
            this.delivers = delivers;
        }
    }

    public Recorder {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A probation practitioner, who records any session. */
    public static Recorder practitioner(String userName) {
        return new Recorder(userName, Set.of(Role.PRACTITIONER));
    }

    /** Whether they may record a session someone else delivered: only a practitioner may. */
    public boolean recordsForOthers() {
        return roles.contains(Role.PRACTITIONER);
    }

    /** The deliverer roles in which they record the sessions they delivered themselves. */
    public Set<DelivererRole> deliversAs() {
        return roles.stream().filter(r -> r.delivers != null).map(r -> r.delivers)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DelivererRole.class)));
    }
}
