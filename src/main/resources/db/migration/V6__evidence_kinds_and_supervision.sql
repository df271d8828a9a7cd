-- Self-assessment, reflection and supervisor attestation evidence, and the supervision links that
-- decide who may attest for whom.

CREATE TABLE supervision (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  supervisor_id   bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  learner_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  invited_at      timestamptz NOT NULL DEFAULT now(),
  accepted_at     timestamptz,
  ended_at        timestamptz,
  ended_by        bigint      REFERENCES account (id) ON DELETE SET NULL,
  source          text        NOT NULL DEFAULT 'invitation' CHECK (source IN ('invitation', 'lti')),
  CONSTRAINT supervision_not_self CHECK (supervisor_id <> learner_id),
  CONSTRAINT supervision_order CHECK (ended_at IS NULL OR ended_at >= invited_at)
);

-- One live link (invited or accepted, not ended) per pair.
CREATE UNIQUE INDEX supervision_live ON supervision (supervisor_id, learner_id) WHERE ended_at IS NULL;
CREATE INDEX supervision_by_learner ON supervision (learner_id) WHERE ended_at IS NULL;

ALTER TABLE evidence
  ADD COLUMN rating        text,          -- self-assessment: not_yet | developing | confident; attestation: see below
  ADD COLUMN note          text CHECK (length(note) <= 20000),  -- a reflection keeps its whole text
  ADD COLUMN reflection_id bigint REFERENCES reflection (id),
  ADD COLUMN attested_by   bigint REFERENCES account (id),
  ADD COLUMN basis         text,
  ADD COLUMN observed_on   date,
  ADD CONSTRAINT evidence_self_assessment_shape CHECK (kind <> 'self_assessment'
    OR (rating IN ('not_yet', 'developing', 'confident') AND level = 'knows' AND attested_by IS NULL)),
  ADD CONSTRAINT evidence_reflection_shape CHECK (kind <> 'reflection'
    OR (note IS NOT NULL AND level = 'knows' AND attested_by IS NULL)),
  ADD CONSTRAINT evidence_attestation_shape CHECK (kind <> 'attestation'
    OR (attested_by IS NOT NULL AND attested_by <> account_id
        AND level IN ('shows_how', 'does')
        AND basis IN ('observed_session', 'recording_review', 'case_discussion', 'role_play')
        AND rating IN ('not_yet_demonstrated', 'demonstrated', 'demonstrated_consistently')
        AND note IS NOT NULL AND observed_on IS NOT NULL)),
  ADD CONSTRAINT evidence_supersedes_not_self CHECK (supersedes IS NULL OR supersedes <> id);

-- Only a supervisor with an accepted, live link to the learner may attest; the check is in the
-- database so that no code path can skip it.
CREATE FUNCTION evidence_attestation_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind = 'attestation' AND NOT EXISTS (
       SELECT 1 FROM supervision s
        WHERE s.supervisor_id = NEW.attested_by AND s.learner_id = NEW.account_id
          AND s.accepted_at IS NOT NULL AND s.ended_at IS NULL) THEN
    RAISE EXCEPTION 'only a supervisor linked to this learner can record an attestation'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  -- a correction must stay with the same learner, competence and kind
  IF NEW.supersedes IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM evidence o WHERE o.id = NEW.supersedes AND o.account_id = NEW.account_id
          AND o.competence_id = NEW.competence_id AND o.kind = NEW.kind) THEN
    RAISE EXCEPTION 'a correction must supersede evidence of the same learner, competence and kind'
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.supersedes IS NOT NULL AND NEW.kind = 'knowledge_check' THEN
    RAISE EXCEPTION 'quiz evidence cannot be corrected or superseded'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER evidence_check_insert BEFORE INSERT ON evidence
  FOR EACH ROW EXECUTE FUNCTION evidence_attestation_allowed();

CREATE INDEX evidence_supersedes ON evidence (supersedes) WHERE supersedes IS NOT NULL;
