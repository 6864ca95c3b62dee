-- Restricted and excluded cases (limited access), as nDelius marks them and its adapter sends them through
-- PUT /limited-access/{crn}. Only marked people have a row; lifting the marks deletes it. The service-kit entity
-- PersonAccess maps these tables; LimitedAccess reads them on every read and write of a person's data and adds a
-- NOT EXISTS on their primary keys to every list (docs/limited-access.md).
CREATE TABLE person_access (
    crn        VARCHAR(7) PRIMARY KEY,
    restricted BOOLEAN NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by VARCHAR(100) NOT NULL
);

-- Who may see a restricted person (upper-case HMPPS Auth user names).
CREATE TABLE person_access_allowed (
    crn       VARCHAR(7) NOT NULL REFERENCES person_access (crn) ON DELETE CASCADE,
    user_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (crn, user_name)
);

-- Who may not see the person, restricted or not.
CREATE TABLE person_access_excluded (
    crn       VARCHAR(7) NOT NULL REFERENCES person_access (crn) ON DELETE CASCADE,
    user_name VARCHAR(100) NOT NULL,
    PRIMARY KEY (crn, user_name)
);
