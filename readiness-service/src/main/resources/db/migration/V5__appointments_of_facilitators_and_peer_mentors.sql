-- A Programme Manager appoints facilitators and peer mentors (ADR 0014): the appointment is a recorded fact, and a
-- session delivered by a facilitator or peer mentor names it. A person holds at most one current appointment in each
-- role; a withdrawn one stays, because sessions name it.

CREATE TABLE appointment (
    id                uuid PRIMARY KEY,
    user_name         text NOT NULL,
    name              text NOT NULL,
    role              text NOT NULL CHECK (role IN ('FACILITATOR', 'PEER_MENTOR')),
    notes             text,
    appointed_by      text NOT NULL,
    appointed_at      timestamptz NOT NULL,
    withdrawn_by      text,
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    version           bigint NOT NULL DEFAULT 0,
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE UNIQUE INDEX appointment_current ON appointment (lower(user_name), role) WHERE withdrawn_at IS NULL;
CREATE INDEX appointment_listed ON appointment (appointed_at, id);

-- Sessions name the appointment they were delivered under. Those recorded before keep the free-text appointed_by they
-- were given and name none.
ALTER TABLE introduction ADD COLUMN appointment_id uuid REFERENCES appointment (id);
ALTER TABLE follow_up ADD COLUMN appointment_id uuid REFERENCES appointment (id);
ALTER TABLE revisit ADD COLUMN appointment_id uuid REFERENCES appointment (id);
