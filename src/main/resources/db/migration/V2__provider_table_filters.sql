-- What the catalog table filters and sorts on besides V1's columns (issue 14.6). The seeder fills them from each
-- profile at start-up, as it fills the others:
--   always_on_*           the cost model's estimate of one always-on instance (512 MB, a shared vCPU, US East, no
--                         volume, no traffic): its total, currency (never converted) and confidence; no total when
--                         the provider cannot run it
--   managed_postgres      whether the profile's billing section lists managed PostgreSQL plans
--   dockerfile_need       whether deploying a Python web app takes a Dockerfile the team keeps
--   sleeps_after_minutes  the shortest idle time after which one of its priced instances sleeps; none when none does
ALTER TABLE provider ADD COLUMN always_on_amount NUMERIC(12, 4);
ALTER TABLE provider ADD COLUMN always_on_currency VARCHAR(3);
ALTER TABLE provider ADD COLUMN always_on_confidence VARCHAR(20);
ALTER TABLE provider ADD COLUMN managed_postgres BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE provider ADD COLUMN dockerfile_need VARCHAR(20) DEFAULT 'UNKNOWN' NOT NULL;
ALTER TABLE provider ADD COLUMN sleeps_after_minutes INTEGER;
