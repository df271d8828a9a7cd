-- The CPD record's free entries, certificates of participation with public verification, and
-- erasure of an account (the one case in which evidence rows may be deleted). See docs/privacy.md.

-- CPD done elsewhere, as the learner records it. A withdrawn entry stays, marked, and is not shown
-- again: the record keeps what was claimed and when it was taken back.
CREATE TABLE cpd_entry (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id            bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  title                 text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  provider              text        CHECK (length(provider) <= 200),
  done_on               date        NOT NULL,
  minutes               int         NOT NULL CHECK (minutes BETWEEN 1 AND 6000),
  notes                 text        CHECK (length(notes) <= 4000),
  competence_ids        text[]      NOT NULL DEFAULT '{}',
  framework_version_id  bigint      REFERENCES framework_version (id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  withdrawn_at          timestamptz
);

CREATE INDEX cpd_entry_by_learner ON cpd_entry (account_id, done_on);

-- A free entry with notes adds reflection evidence for its competences; the row names its source.
ALTER TABLE evidence ADD COLUMN cpd_entry_id bigint REFERENCES cpd_entry (id);

-- A certificate of participation, as issued. Its details never change; it can be revoked (once),
-- and when its holder erases their account it keeps its verification but loses the holder's name.
CREATE TABLE certificate (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code                  text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z2-7]{16}$'),  -- base32 of 80 random bits
  account_id            bigint      REFERENCES account (id) ON DELETE SET NULL,
  holder_name           text        CHECK (length(holder_name) BETWEEN 1 AND 200),
  holder_erased_at      timestamptz,
  module_id             text        NOT NULL,
  module_version_id     bigint      NOT NULL REFERENCES module_version (id),
  module_version        int         NOT NULL,
  module_title          text        NOT NULL,
  cpd_minutes           int         NOT NULL CHECK (cpd_minutes >= 0),
  completed_at          timestamptz NOT NULL,
  framework_version_id  bigint      REFERENCES framework_version (id),
  competences           jsonb       NOT NULL DEFAULT '[]',  -- [{"id": ..., "title": ...}] as at issue
  statement             text        NOT NULL,
  issued_at             timestamptz NOT NULL DEFAULT now(),
  revoked_at            timestamptz,
  revoked_by            bigint      REFERENCES account (id) ON DELETE SET NULL,
  revoke_reason         text        CHECK (length(revoke_reason) BETWEEN 1 AND 500),
  CONSTRAINT certificate_revocation_complete CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)),
  CONSTRAINT certificate_holder_named_or_erased CHECK ((holder_name IS NULL) = (holder_erased_at IS NOT NULL))
);

-- One live (unrevoked) certificate per learner and module: issuing again returns the same one.
CREATE UNIQUE INDEX certificate_one_live ON certificate (account_id, module_id) WHERE revoked_at IS NULL;

-- Certificates are kept for verification: never deleted; only revocation and erasure of the
-- holder's name change a row.
CREATE FUNCTION certificate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'certificates are kept for verification: revoke one instead of deleting it'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF (NEW.code, NEW.module_id, NEW.module_version_id, NEW.module_version, NEW.module_title, NEW.cpd_minutes,
      NEW.completed_at, NEW.framework_version_id, NEW.competences, NEW.statement, NEW.issued_at)
     IS DISTINCT FROM
     (OLD.code, OLD.module_id, OLD.module_version_id, OLD.module_version, OLD.module_title, OLD.cpd_minutes,
      OLD.completed_at, OLD.framework_version_id, OLD.competences, OLD.statement, OLD.issued_at) THEN
    RAISE EXCEPTION 'a certificate''s details cannot change once issued'
      USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS DISTINCT FROM OLD.revoked_at
      OR NEW.revoke_reason IS DISTINCT FROM OLD.revoke_reason) THEN
    RAISE EXCEPTION 'a revocation is final' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.holder_name IS NOT NULL AND NEW.holder_name IS DISTINCT FROM OLD.holder_name THEN
    RAISE EXCEPTION 'a certificate''s holder cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF NEW.account_id IS NOT NULL AND NEW.account_id IS DISTINCT FROM OLD.account_id THEN
    RAISE EXCEPTION 'a certificate''s holder cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER certificate_kept BEFORE UPDATE OR DELETE ON certificate
  FOR EACH ROW EXECUTE FUNCTION certificate_guard();

-- The evidence ledger stays append-only, with one exception: erasing an account. The erasing
-- transaction runs SET LOCAL cairn.erasure = '<account id>', and only that account's rows may then
-- be deleted. UPDATE and TRUNCATE are refused as before.
CREATE OR REPLACE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.account_id::text = coalesce(current_setting('cairn.erasure', true), '') THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'evidence is append-only: % is not allowed; record a new entry that supersedes this one', TG_OP
    USING ERRCODE = 'restrict_violation';
END $$;

-- When an erased account's row must stay (a supervisor whose attestations are other learners'
-- records), apply every foreign key's own ON DELETE rule as if the row had been deleted: CASCADE
-- deletes the referring rows, SET NULL clears the reference. Tables added later are covered too.
CREATE FUNCTION erase_account_references(erased bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  fk record;
BEGIN
  FOR fk IN
    SELECT c.conrelid::regclass AS tbl, a.attname AS col, c.confdeltype AS rule
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = 'account'::regclass AND cardinality(c.conkey) = 1
     ORDER BY c.conrelid::regclass::text, a.attname
  LOOP
    IF fk.rule = 'c' THEN
      EXECUTE format('DELETE FROM %s WHERE %I = $1', fk.tbl, fk.col) USING erased;
    ELSIF fk.rule = 'n' THEN
      EXECUTE format('UPDATE %s SET %I = NULL WHERE %I = $1', fk.tbl, fk.col, fk.col) USING erased;
    END IF;
  END LOOP;
END $$;
