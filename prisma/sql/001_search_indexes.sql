-- Trigram indexes for the support console's search by name, email and phone (substring matches
-- stay fast at a million rows). pg_trgm ships with PostgreSQL; where the role may not create
-- extensions the search still works, only slower.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
  RAISE NOTICE 'pg_trgm unavailable: search falls back to sequential scans';
END $$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS customer_name_trgm ON "Customer" USING gin (lower(name) gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS customer_email_trgm ON "Customer" USING gin (email gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS customer_phone_trgm ON "Customer" USING gin (phone gin_trgm_ops);
  END IF;
END $$;
