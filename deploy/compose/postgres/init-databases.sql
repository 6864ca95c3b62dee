-- Runs once, when the PostgreSQL data volume is first initialised: one database per service.
-- Each service creates its own tables with Flyway when it starts.
CREATE DATABASE catalogue;
CREATE DATABASE referral;
CREATE DATABASE readiness;
CREATE DATABASE contact_log;
