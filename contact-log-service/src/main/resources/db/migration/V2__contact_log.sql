-- Contacts with people on probation and their Rehabilitative Activity Requirements, keyed by CRN.

-- One row per person, locked by every change to their contacts or requirements so that the RAR tally each change
-- reports is computed against what the others committed.
CREATE TABLE person (
    crn text PRIMARY KEY CHECK (crn ~ '^[A-Z][0-9]{6}$')
);

CREATE TABLE rar_requirement (
    requirement_id    bigint PRIMARY KEY CHECK (requirement_id > 0),
    crn               text NOT NULL REFERENCES person (crn),
    maximum_days      integer NOT NULL CHECK (maximum_days BETWEEN 1 AND 1000),
    start_date        date NOT NULL,
    expected_end_date date NOT NULL CHECK (expected_end_date >= start_date),
    registered_by     text NOT NULL,
    registered_at     timestamptz NOT NULL,
    updated_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint NOT NULL,
    UNIQUE (requirement_id, crn)
);

CREATE INDEX rar_requirement_by_person ON rar_requirement (crn);

CREATE TABLE contact (
    id                 uuid PRIMARY KEY,
    crn                text NOT NULL REFERENCES person (crn),
    type               text NOT NULL CHECK (type IN ('PIM_INTRODUCTION', 'PIM_FOLLOW_UP', 'PIM_COMPLETION',
                                                     'OTHER_REHABILITATIVE_ACTIVITY')),
    contact_date       date NOT NULL,
    start_time         time,
    end_time           time CHECK (end_time > start_time),
    delivered_by       text,
    delivered_by_role  text,
    outcome            text CHECK (outcome IN ('ATTENDED_COMPLIED', 'ATTENDED_FAILED_TO_COMPLY', 'FAILED_TO_ATTEND',
                                               'ACCEPTABLE_ABSENCE', 'RESCHEDULED')),
    notes              text CHECK (length(notes) <= 4000),
    rar_activity       boolean NOT NULL CHECK (NOT rar_activity OR type <> 'PIM_INTRODUCTION'),
    referral_id        uuid,
    rar_requirement_id bigint CHECK (rar_requirement_id IS NULL OR rar_activity),
    source             text NOT NULL CHECK (source IN ('PRACTITIONER', 'READINESS_SERVICE')),
    -- The module step a contact was made from: the same step never makes a second contact.
    source_reference   text UNIQUE CHECK ((source = 'READINESS_SERVICE') = (source_reference IS NOT NULL)),
    recorded_by        text NOT NULL,
    recorded_at        timestamptz NOT NULL,
    updated_by         text NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint NOT NULL,
    -- A contact counts only towards a requirement of the same person.
    FOREIGN KEY (rar_requirement_id, crn) REFERENCES rar_requirement (requirement_id, crn)
);

-- The module completes once per person, so its completion is a single RAR day however often it is revisited.
CREATE UNIQUE INDEX contact_one_module_completion_per_person ON contact (crn) WHERE type = 'PIM_COMPLETION';
CREATE INDEX contact_by_person_and_date ON contact (crn, contact_date DESC, start_time DESC);
CREATE INDEX contact_by_requirement ON contact (rar_requirement_id) WHERE rar_requirement_id IS NOT NULL;
