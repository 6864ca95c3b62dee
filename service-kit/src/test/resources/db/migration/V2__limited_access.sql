-- The kit's test application holds the limited-access tables as every service holding person data does.
CREATE TABLE person_access (
    crn        VARCHAR(7) PRIMARY KEY,
    restricted BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by VARCHAR(100) NOT NULL
);
CREATE TABLE person_access_allowed (
    crn       VARCHAR(7) NOT NULL REFERENCES person_access (crn) ON DELETE CASCADE,
    user_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (crn, user_name)
);
CREATE TABLE person_access_excluded (
    crn       VARCHAR(7) NOT NULL REFERENCES person_access (crn) ON DELETE CASCADE,
    user_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (crn, user_name)
);
