-- The evidence ledger: append-only. Nothing updates or deletes a row; a correction is a new row
-- that supersedes the old one. Quiz attempts write knowledge-check rows in the same transaction
-- as their result.

CREATE TABLE evidence (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id            bigint      NOT NULL REFERENCES account (id),
  kind                  text        NOT NULL CHECK (kind IN ('knowledge_check', 'self_assessment', 'reflection', 'attestation')),
  competence_id         text        NOT NULL,
  framework_version_id  bigint      NOT NULL REFERENCES framework_version (id),
  level                 text        NOT NULL CHECK (level IN ('knows', 'knows_how', 'shows_how', 'does')),
  -- knowledge checks: the exact quiz version, attempt and items, and the score on those items
  quiz_version_id       bigint      REFERENCES quiz_version (id),
  attempt_id            bigint      REFERENCES attempt (id),
  item_ids              text[],
  points                numeric(10, 4),
  max_points            numeric(10, 4),
  percent               numeric(5, 2),
  statement             text        NOT NULL,   -- what this evidence does and does not show, as exported
  supersedes            bigint      REFERENCES evidence (id),
  recorded_at           timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (framework_version_id, competence_id) REFERENCES competence (framework_version_id, competence_id),
  CONSTRAINT evidence_quiz_levels CHECK (kind <> 'knowledge_check' OR level IN ('knows', 'knows_how')),
  CONSTRAINT evidence_knowledge_check_traces CHECK (
    kind <> 'knowledge_check'
    OR (quiz_version_id IS NOT NULL AND attempt_id IS NOT NULL AND item_ids IS NOT NULL AND percent IS NOT NULL))
);

CREATE INDEX evidence_by_learner ON evidence (account_id, competence_id, recorded_at DESC);
-- One knowledge-check row per competence per attempt: a repeated submit cannot add a second set.
CREATE UNIQUE INDEX evidence_one_per_attempt ON evidence (attempt_id, competence_id) WHERE kind = 'knowledge_check';

CREATE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evidence is append-only: % is not allowed; record a new entry that supersedes this one', TG_OP
    USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER evidence_no_update BEFORE UPDATE OR DELETE ON evidence
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
CREATE TRIGGER evidence_no_truncate BEFORE TRUNCATE ON evidence
  FOR EACH STATEMENT EXECUTE FUNCTION evidence_append_only();
