-- Who reported a request, as comparable keys: the account, the e-mail address, the last eight
-- digits of a phone number, and the name (within the site: names repeat across countries).
-- Possible duplicates are requests sharing a key; the GIN index finds them without a scan.
-- Names are schema-qualified: PostgreSQL 17 builds indexes with a restricted search_path.
CREATE OR REPLACE FUNCTION sh_reporter_keys(site_id uuid, reporter_id uuid, reporter_name text, reporter_contact text)
  RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_remove(ARRAY[
    CASE WHEN reporter_id IS NOT NULL THEN 'u:' || reporter_id::text END,
    CASE WHEN reporter_contact LIKE '%@%'
      THEN 'e:' || lower(substring(reporter_contact FROM '[^[:space:]<>"]+@[^[:space:]<>"]+')) END,
    CASE WHEN reporter_contact NOT LIKE '%@%' AND length(regexp_replace(reporter_contact, '[^0-9]', '', 'g')) >= 7
      THEN 'p:' || right(regexp_replace(reporter_contact, '[^0-9]', '', 'g'), 8) END,
    CASE WHEN length(btrim(coalesce(reporter_name, ''))) >= 3
      THEN 'n:' || site_id::text || ':' || regexp_replace(lower(public.sh_unaccent(btrim(reporter_name))), '[[:space:]]+', ' ', 'g') END
  ], NULL) $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS help_requests_reporter_keys_idx ON help_requests
  USING gin (sh_reporter_keys(site_id, reporter_id, reporter_name, reporter_contact));
