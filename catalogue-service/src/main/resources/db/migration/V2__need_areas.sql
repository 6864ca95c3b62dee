-- Need areas: reference data from the Structured Interventions seed. V1 is the service kit's outbox and inbox.
CREATE TABLE need_area (
    code        text PRIMARY KEY CHECK (code IN ('ATB', 'DA', 'EM')),
    name        text NOT NULL,
    description text NOT NULL,
    version     bigint NOT NULL DEFAULT 0,
    updated_at  timestamptz,
    updated_by  text
);

CREATE TABLE need_area_focus_area (
    need_area_code text NOT NULL REFERENCES need_area (code) ON DELETE CASCADE,
    position       integer NOT NULL,
    focus_area     text NOT NULL,
    PRIMARY KEY (need_area_code, position)
);

INSERT INTO need_area (code, name, description) VALUES
    ('ATB', 'Attitudes, Thinking and Behaviour',
     'Interventions that aim to reduce reoffending by building skills that help participants overcome challenges and lead a purposeful, pro-social life. Some work with a particular cohort, such as 18 to 25 year olds or people convicted of dangerous or drink driving.'),
    ('DA', 'Domestic Abuse',
     'Interventions that aim to reduce intimate partner violence by building skills that help participants overcome challenges in relationships and lead a purposeful, pro-social life.'),
    ('EM', 'Emotional Management',
     'Interventions that help participants explore and understand their use of violence, motivate them towards a life free of violence, and strengthen the resources and protective factors that make aggression less likely.');

INSERT INTO need_area_focus_area (need_area_code, position, focus_area) VALUES
    ('ATB', 0, 'making decisions'),
    ('ATB', 1, 'solving problems'),
    ('ATB', 2, 'achieving their goals'),
    ('ATB', 3, 'managing the influence of anti-social relationships'),
    ('ATB', 4, 'using pro-social interpersonal skills'),
    ('DA', 0, 'attitudes that support healthy relationships'),
    ('DA', 1, 'aggression and anger management'),
    ('DA', 2, 'emotional mismanagement and self-regulation'),
    ('DA', 3, 'social skills'),
    ('DA', 4, 'conflict management skills'),
    ('EM', 0, 'understanding their use of violence'),
    ('EM', 1, 'motivation towards a violence-free life'),
    ('EM', 2, 'strengthening resources and protective factors'),
    ('EM', 3, 'setting realistic and meaningful personal goals');
