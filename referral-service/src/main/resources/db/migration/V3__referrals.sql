-- Referrals, their status log, the readiness reported for each person, and this service's copy of the catalogue's
-- interventions (built from catalogue.events alone).

CREATE TABLE catalogue_intervention (
    id                uuid PRIMARY KEY,
    catalogue_version bigint NOT NULL,
    type              text,
    status            text,
    name              text,
    need_area         text,
    minimum_age       integer,
    maximum_age       integer,
    sexes             jsonb,
    offence_cohorts   jsonb,
    offerings         jsonb,
    updated_at        timestamptz
);

CREATE TABLE referral (
    id                                  uuid PRIMARY KEY,
    crn                                 text NOT NULL CHECK (crn ~ '^[A-Z][0-9]{6}$'),
    intervention_id                     uuid NOT NULL,
    intervention_name                   text,
    region                              text NOT NULL,
    delivery_format                     text NOT NULL,
    delivery_mode                       text NOT NULL,
    date_of_birth                       date NOT NULL,
    sex                                 text NOT NULL,
    offence_cohorts                     jsonb NOT NULL DEFAULT '[]',
    risk_of_recidivism                  text NOT NULL CHECK (risk_of_recidivism IN ('LOW', 'MEDIUM', 'HIGH')),
    unsuitable_for_accredited_programme boolean NOT NULL,
    unsuitable_reason                   text,
    reason_for_referral                 text NOT NULL,
    status                              text NOT NULL,
    readiness_barriers                  jsonb,
    referred_by                         text NOT NULL,
    created_at                          timestamptz NOT NULL,
    updated_by                          text NOT NULL,
    updated_at                          timestamptz NOT NULL,
    submitted_at                        timestamptz,
    version                             bigint NOT NULL DEFAULT 0
);

-- One active referral of a person to an intervention: the service checks first, this catches a race.
CREATE UNIQUE INDEX referral_one_active_per_person_and_intervention ON referral (crn, intervention_id)
    WHERE status NOT IN ('DRAFT', 'COMPLETED', 'WITHDRAWN');
CREATE INDEX referral_crn ON referral (crn);
CREATE INDEX referral_status ON referral (status, region);

CREATE TABLE referral_status_change (
    id          uuid PRIMARY KEY,
    referral_id uuid NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
    sequence    integer NOT NULL,
    from_status text,
    to_status   text NOT NULL,
    trigger     text NOT NULL,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL,
    reason_code text,
    reason      text,
    notes       text,
    UNIQUE (referral_id, sequence)
);

CREATE TABLE person_readiness (
    crn                 text PRIMARY KEY,
    module_completed_at timestamptz,
    assessed_at         timestamptz,
    ready               boolean,
    barriers            jsonb,
    version             bigint NOT NULL DEFAULT 0
);
