-- Runs once, on the first start of an empty Postgres data directory
-- (files in /docker-entrypoint-initdb.d are executed by the postgres image as
-- the superuser).
--
-- One Postgres instance, three databases, two least-privilege roles:
--   temporal, temporal_visibility  -> owned by role "temporal"; created and
--                                     migrated by temporal-sql-tool (the
--                                     temporal-schema service), hence CREATEDB
--   moat                            -> owned by role "moat"; the Moat API runs
--                                     its own migrations in it
--
-- The passwords must match docker-compose.yml. They are demo values: in a real
-- deployment use a managed Postgres and inject secrets from a secret store.

CREATE ROLE temporal WITH LOGIN CREATEDB PASSWORD 'temporal';

CREATE ROLE moat WITH LOGIN PASSWORD 'moat';
CREATE DATABASE moat OWNER moat;
REVOKE ALL ON DATABASE moat FROM PUBLIC;
GRANT ALL ON DATABASE moat TO moat;
