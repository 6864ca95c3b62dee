-- Each person's record of the pre-intervention module and their readiness to take part, keyed by CRN.

CREATE TABLE introduction (
    id                           uuid PRIMARY KEY,
    session_date                 date NOT NULL,
    start_time                   time NOT NULL,
    end_time                     time NOT NULL CHECK (end_time > start_time),
    delivered_by                 text NOT NULL,
    delivered_by_role            text NOT NULL,
    appointed_by                 text,
    about_page_walked_through    boolean NOT NULL,
    contents_page_walked_through boolean NOT NULL,
    format_explained             boolean NOT NULL,
    exercises_overviewed         jsonb NOT NULL,
    paper_copy_given             boolean NOT NULL,
    suitable_device              boolean NOT NULL,
    technological_barriers       text,
    module_version               integer NOT NULL CHECK (module_version >= 1),
    notes                        text,
    recorded_by                  text NOT NULL,
    recorded_at                  timestamptz NOT NULL,
    CHECK (delivered_by_role NOT IN ('FACILITATOR', 'PEER_MENTOR') OR appointed_by IS NOT NULL)
);

CREATE TABLE readiness_record (
    crn                       text PRIMARY KEY CHECK (crn ~ '^[A-Z][0-9]{6}$'),
    opened_at                 timestamptz NOT NULL,
    introduction_id           uuid UNIQUE REFERENCES introduction (id) DEFERRABLE INITIALLY DEFERRED,
    completed_on              date,
    completion_module_version integer,
    completion_notes          text,
    completed_by              text,
    completed_at              timestamptz,
    updated_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    version                   bigint NOT NULL DEFAULT 0,
    -- The module completes once, and only after it was introduced.
    CHECK (completed_on IS NULL OR (introduction_id IS NOT NULL AND completed_at IS NOT NULL
        AND completed_by IS NOT NULL AND completion_module_version IS NOT NULL))
);

CREATE TABLE follow_up (
    id                            uuid PRIMARY KEY,
    crn                           text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    session_date                  date NOT NULL,
    start_time                    time NOT NULL,
    end_time                      time NOT NULL CHECK (end_time > start_time),
    delivered_by                  text NOT NULL,
    delivered_by_role             text NOT NULL,
    appointed_by                  text,
    length                        text NOT NULL CHECK (length IN ('STANDARD', 'EXTENDED')),
    reviewed_module_beforehand    boolean NOT NULL,
    probation_service_device_used boolean NOT NULL,
    exercises_discussed           jsonb NOT NULL,
    reflection_notes              text,
    attendance                    text NOT NULL,
    referral_ids                  jsonb NOT NULL,
    module_version                integer NOT NULL CHECK (module_version >= 1),
    notes                         text,
    recorded_by                   text NOT NULL,
    recorded_at                   timestamptz NOT NULL,
    -- A session the person did not review the module for is extended.
    CHECK (reviewed_module_beforehand OR length = 'EXTENDED'
        OR attendance NOT IN ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY')),
    CHECK (delivered_by_role NOT IN ('FACILITATOR', 'PEER_MENTOR') OR appointed_by IS NOT NULL)
);
CREATE INDEX follow_up_crn ON follow_up (crn);

CREATE TABLE revisit (
    id                  uuid PRIMARY KEY,
    crn                 text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    session_date        date NOT NULL,
    start_time          time NOT NULL,
    end_time            time NOT NULL CHECK (end_time > start_time),
    delivered_by        text NOT NULL,
    delivered_by_role   text NOT NULL,
    appointed_by        text,
    exercises_revisited jsonb NOT NULL,
    reason              text,
    module_version      integer NOT NULL CHECK (module_version >= 1),
    notes               text,
    recorded_by         text NOT NULL,
    recorded_at         timestamptz NOT NULL,
    CHECK (delivered_by_role NOT IN ('FACILITATOR', 'PEER_MENTOR') OR appointed_by IS NOT NULL)
);
CREATE INDEX revisit_crn ON revisit (crn);

CREATE TABLE concern (
    id                                   uuid PRIMARY KEY,
    crn                                  text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    description                          text NOT NULL,
    barriers                             jsonb NOT NULL,
    recommend_sentence_plan_reassessment boolean NOT NULL,
    practitioners                        jsonb NOT NULL,
    raised_by                            text NOT NULL,
    raised_at                            timestamptz NOT NULL,
    acknowledged_by                      text,
    acknowledged_at                      timestamptz,
    acknowledgement_notes                text
);
CREATE INDEX concern_open ON concern (raised_at) WHERE acknowledged_at IS NULL;
CREATE INDEX concern_crn ON concern (crn);

CREATE TABLE assessment (
    id          uuid PRIMARY KEY,
    crn         text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    ready       boolean NOT NULL,
    barriers    jsonb NOT NULL,
    notes       text,
    concern_id  uuid REFERENCES concern (id) DEFERRABLE INITIALLY DEFERRED,
    assessed_by text NOT NULL,
    assessed_at timestamptz NOT NULL,
    CHECK (ready = (jsonb_array_length(barriers) = 0))
);
CREATE INDEX assessment_crn ON assessment (crn);

CREATE TABLE linked_referral (
    referral_id       uuid PRIMARY KEY,
    crn               text NOT NULL REFERENCES readiness_record (crn) ON DELETE CASCADE,
    intervention_id   uuid,
    intervention_name text,
    status            text NOT NULL,
    referred_by       text,
    linked_at         timestamptz NOT NULL,
    unlinked_at       timestamptz,
    referral_version  bigint NOT NULL,
    detail_url        text
);
CREATE INDEX linked_referral_crn ON linked_referral (crn);
