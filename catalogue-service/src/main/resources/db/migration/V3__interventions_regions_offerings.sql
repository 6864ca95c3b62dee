-- The 12 probation regions, the interventions in the catalogue, the panel's approvals and the regional offerings.

CREATE TABLE region (
    code     text PRIMARY KEY CHECK (code ~ '^[a-z]+(-[a-z]+)*$'),
    name     text NOT NULL UNIQUE,
    position integer NOT NULL UNIQUE
);

INSERT INTO region (code, name, position) VALUES
    ('north-east', 'North East', 1),
    ('north-west', 'North West', 2),
    ('yorkshire-and-the-humber', 'Yorkshire and the Humber', 3),
    ('greater-manchester', 'Greater Manchester', 4),
    ('east-midlands', 'East Midlands', 5),
    ('west-midlands', 'West Midlands', 6),
    ('east-of-england', 'East of England', 7),
    ('wales', 'Wales', 8),
    ('london', 'London', 9),
    ('kent-surrey-and-sussex', 'Kent, Surrey and Sussex', 10),
    ('south-central', 'South Central', 11),
    ('south-west', 'South West', 12);

CREATE TABLE intervention (
    id                   uuid PRIMARY KEY,
    type                 text NOT NULL CHECK (type IN ('STRUCTURED_INTERVENTION', 'ACCREDITED_PROGRAMME')),
    status               text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    name                 text NOT NULL,
    need_area_code       text NOT NULL REFERENCES need_area (code),
    summary              text NOT NULL,
    description          text NOT NULL,
    approach             text NOT NULL,
    pre_group_sessions   integer CHECK (pre_group_sessions >= 0),
    core_sessions        integer CHECK (core_sessions >= 1),
    minimum_age          integer CHECK (minimum_age >= 18),
    maximum_age          integer CHECK (maximum_age >= 18),
    suitability_guidance text NOT NULL,
    alternative_id       uuid REFERENCES intervention (id),
    approval_decided_on  date,
    approval_recorded_by text,
    approval_recorded_at timestamptz,
    withdrawal_reason    text,
    withdrawn_by         text,
    withdrawn_at         timestamptz,
    published_by         text,
    published_at         timestamptz,
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_by           text NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint NOT NULL DEFAULT 0,
    -- Rows the seed below loads: the service puts them on its events topic when it first starts.
    announce_on_start    boolean NOT NULL DEFAULT false,
    -- A Structured Intervention has a set format of at least four sessions.
    CONSTRAINT structured_intervention_has_four_sessions CHECK (
        type <> 'STRUCTURED_INTERVENTION' OR coalesce(pre_group_sessions, 0) + coalesce(core_sessions, 0) >= 4),
    CONSTRAINT age_range_in_order CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);

-- Names are unique whatever their case.
CREATE UNIQUE INDEX intervention_name_unique ON intervention (lower(name));
CREATE INDEX intervention_need_area ON intervention (need_area_code, status);

CREATE TABLE intervention_focus_area (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    focus_area      text NOT NULL,
    PRIMARY KEY (intervention_id, position)
);

CREATE TABLE intervention_exclusion (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    exclusion       text NOT NULL,
    PRIMARY KEY (intervention_id, position)
);

CREATE TABLE intervention_delivery_format (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    format          text NOT NULL CHECK (format IN ('GROUP', 'ONE_TO_ONE')),
    PRIMARY KEY (intervention_id, format)
);

CREATE TABLE intervention_delivery_mode (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    mode            text NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    PRIMARY KEY (intervention_id, mode)
);

CREATE TABLE intervention_eligible_sex (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    sex             text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    PRIMARY KEY (intervention_id, sex)
);

CREATE TABLE intervention_offence_cohort (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    cohort          text NOT NULL CHECK (cohort IN ('DANGEROUS_DRIVING', 'DRINK_DRIVING')),
    PRIMARY KEY (intervention_id, cohort)
);

-- The HMPPS Effective Interventions Panel's finding on each of the seven core CSAAP principles.
CREATE TABLE intervention_principle_assessment (
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    principle       text NOT NULL,
    met             boolean NOT NULL,
    notes           text,
    PRIMARY KEY (intervention_id, position),
    UNIQUE (intervention_id, principle)
);

CREATE TABLE offering (
    id              uuid PRIMARY KEY,
    intervention_id uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    region_code     text NOT NULL REFERENCES region (code),
    basis           text NOT NULL CHECK (basis IN ('CORE', 'ADDITIONAL')),
    decided_by      text,
    decided_on      date,
    opened_by       text NOT NULL,
    opened_at       timestamptz NOT NULL,
    updated_by      text NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (region_code, intervention_id),
    CONSTRAINT additional_offering_records_the_decision CHECK (
        basis <> 'ADDITIONAL' OR (decided_by IS NOT NULL AND decided_on IS NOT NULL))
);

CREATE INDEX offering_intervention ON offering (intervention_id);

CREATE TABLE offering_delivery_format (
    offering_id uuid NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    format      text NOT NULL CHECK (format IN ('GROUP', 'ONE_TO_ONE')),
    PRIMARY KEY (offering_id, format)
);

CREATE TABLE offering_delivery_mode (
    offering_id uuid NOT NULL REFERENCES offering (id) ON DELETE CASCADE,
    mode        text NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE')),
    PRIMARY KEY (offering_id, mode)
);

-- Seed: the three Structured Interventions of the seed, published and offered as CORE in every region, and the
-- Accredited Programme Positive Pathways Plus points to. Their approvals were given before this catalogue existed, so
-- the day of the decision is not recorded here.
INSERT INTO intervention (id, type, status, name, need_area_code, summary, description, approach,
                          pre_group_sessions, core_sessions, minimum_age, maximum_age, suitability_guidance,
                          alternative_id, published_by, published_at, created_by, created_at, updated_by, updated_at,
                          announce_on_start) VALUES
    ('4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 'ACCREDITED_PROGRAMME', 'PUBLISHED', 'Building Better Relationships', 'DA',
     'An Accredited Programme for men who have been abusive towards an intimate partner.',
     'Building Better Relationships is the Accredited Programme used where there is evidence of more serious and entrenched harmful behaviour towards a partner. Positive Pathways Plus points to it as the alternative for those cases.',
     'A targeted Accredited Programme for intimate partner violence, given as a requirement of the sentence.',
     NULL, NULL, 18, NULL,
     'Where a person shows more serious and entrenched harmful behaviour towards a partner and has a targeted Accredited Programme requirement.',
     NULL, 'catalogue-seed', now(), 'catalogue-seed', now(), 'catalogue-seed', now(), true),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'STRUCTURED_INTERVENTION', 'PUBLISHED', 'Positive Pathways', 'ATB',
     'A strengths-based programme, built on current desistance principles, that helps participants manage the challenges linked to their offending.',
     'Positive Pathways supports people to move away from offending by building up three things: their personal agency, their social capital and the strategies they use to manage themselves. It starts from what participants already do well rather than from their deficits.',
     'Strengths-based and grounded in current desistance principles: it works with participants to build agency, social capital and self-management.',
     1, 6, 18, NULL,
     'For people who present a low risk of reoffending and/or are not suitable for an Accredited Programme, whose offending is linked to the way they make decisions, solve problems, pursue goals or are influenced by anti-social relationships.',
     NULL, 'catalogue-seed', now(), 'catalogue-seed', now(), 'catalogue-seed', now(), true),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 'STRUCTURED_INTERVENTION', 'PUBLISHED', 'Positive Pathways Plus', 'DA',
     'An adapted and extended form of Positive Pathways that works on domestic abuse and problematic relationships.',
     'Positive Pathways Plus takes Positive Pathways and adapts and extends it to address a range of domestic abuse and problematic relationship issues, still from a basis of personal agency and self-management. It is a separate intervention for men without a specifically targeted Accredited Programme requirement.',
     'Personal agency and self-management applied to relationships: participants build the skills to manage conflict, aggression and their emotions with partners.',
     1, 9, 18, NULL,
     'For men who present a low risk of reoffending and/or are not suitable for an Accredited Programme, whose offending involves domestic abuse or harmful relationship behaviour, and who have no specifically targeted Accredited Programme requirement.',
     '4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 'catalogue-seed', now(), 'catalogue-seed', now(), 'catalogue-seed', now(), true),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'STRUCTURED_INTERVENTION', 'PUBLISHED', 'Managing My Emotions', 'EM',
     'An anger management programme for people whose offending is linked to a struggle to manage their anger.',
     'Managing My Emotions treats anger as a normal, healthy emotion with many layers and degrees of intensity, which left unchecked can lead to destructive and harmful behaviour. Participants learn to recognise and understand what they are feeling, work out what causes it, and then develop strategies for handling situations and the emotions that come with them.',
     'Sees anger in all its shades as a sign of unhappiness and dissatisfaction; moves from recognising and understanding the feeling, to its causes, to strategies for managing it.',
     1, 6, 18, NULL,
     'For people who present a low risk of reoffending and/or are not suitable for an Accredited Programme, whose offending is linked to difficulty managing anger or to the use of aggression or violence.',
     NULL, 'catalogue-seed', now(), 'catalogue-seed', now(), 'catalogue-seed', now(), true);

INSERT INTO intervention_focus_area (intervention_id, position, focus_area) VALUES
    ('4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 0, 'intimate partner violence'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 0, 'personal agency'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 1, 'social capital'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 2, 'self-management strategies'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 0, 'domestic abuse'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 1, 'problematic relationships'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 2, 'personal agency'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 3, 'self-management'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 0, 'recognising and understanding anger'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 1, 'identifying what causes it'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 2, 'strategies for managing situations and emotions');

INSERT INTO intervention_exclusion (intervention_id, position, exclusion) VALUES
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 0, 'A risk of reoffending or a need that calls for an Accredited Programme'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 0, 'Evidence of more serious and entrenched harmful behaviour: use Building Better Relationships'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 1, 'A specifically targeted Accredited Programme requirement'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 0, 'A risk of reoffending or a need that calls for an Accredited Programme');

INSERT INTO intervention_delivery_format (intervention_id, format) VALUES
    ('4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 'GROUP'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'GROUP'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 'GROUP'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'GROUP');

INSERT INTO intervention_delivery_mode (intervention_id, mode) VALUES
    ('4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 'IN_PERSON'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'IN_PERSON'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'ONLINE'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 'IN_PERSON'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 'ONLINE'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'IN_PERSON'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'ONLINE');

INSERT INTO intervention_eligible_sex (intervention_id, sex) VALUES
    ('4e9c7f4b-1a5d-4f8a-8e6b-8d3c9b5a2d44', 'MALE'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'MALE'),
    ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11', 'FEMALE'),
    ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22', 'MALE'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'MALE'),
    ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33', 'FEMALE');

-- Each Structured Intervention's approval: all seven core CSAAP principles met.
INSERT INTO intervention_principle_assessment (intervention_id, position, principle, met, notes)
SELECT si.id, p.position, p.principle, true, 'Met; recorded when the catalogue was first loaded.'
FROM (VALUES ('1b6f4c1e-8d2a-4c57-9b3e-5a0f6e2d9a11'::uuid),
             ('2c7a5d2f-9e3b-4d68-8c4f-6b1a7f3e0b22'::uuid),
             ('3d8b6e3a-0f4c-4e79-9d5a-7c2b8a4f1c33'::uuid)) AS si (id)
CROSS JOIN (VALUES (0, 'MODEL_OF_CHANGE'), (1, 'SELECTION_OF_PARTICIPANTS'), (2, 'DYNAMIC_RISK_FACTORS'),
                   (3, 'EFFECTIVE_METHODS'), (4, 'SKILLS_ORIENTATED'), (5, 'SEQUENCING_INTENSITY_AND_DURATION'),
                   (6, 'ENGAGEMENT_AND_MOTIVATION')) AS p (position, principle);

UPDATE intervention SET approval_recorded_by = 'catalogue-seed', approval_recorded_at = now()
WHERE type = 'STRUCTURED_INTERVENTION';

-- Every region offers the three as CORE, in groups, in person.
INSERT INTO offering (id, intervention_id, region_code, basis, opened_by, opened_at, updated_by, updated_at)
SELECT gen_random_uuid(), i.id, r.code, 'CORE', 'catalogue-seed', now(), 'catalogue-seed', now()
FROM intervention i CROSS JOIN region r
WHERE i.type = 'STRUCTURED_INTERVENTION';

INSERT INTO offering_delivery_format (offering_id, format) SELECT id, 'GROUP' FROM offering;
INSERT INTO offering_delivery_mode (offering_id, mode) SELECT id, 'IN_PERSON' FROM offering;

-- Need areas are announced too, so a new consumer learns them from the topic.
ALTER TABLE need_area ADD COLUMN announce_on_start boolean NOT NULL DEFAULT false;
UPDATE need_area SET announce_on_start = true;
