-- Flyway's flyway_schema_history is the record of applied migrations from this version on. A database the earlier
-- builds migrated had V1..V3 copied from their own record, schema_migrations, which goes now: two records could
-- only disagree. A fresh database never had it.

DROP TABLE IF EXISTS schema_migrations;
