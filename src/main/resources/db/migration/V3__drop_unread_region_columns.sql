-- provider_region's city, country, coordinates and successor were written by the seeder and read by nothing: the
-- pages take them from the profile (the stored document and the in-memory catalog). The table keeps what the
-- catalog table's continent filter asks (continent, status) and what identifies a row (provider, position, code).
ALTER TABLE provider_region DROP COLUMN city;
ALTER TABLE provider_region DROP COLUMN country;
ALTER TABLE provider_region DROP COLUMN latitude;
ALTER TABLE provider_region DROP COLUMN longitude;
ALTER TABLE provider_region DROP COLUMN replaced_by;
