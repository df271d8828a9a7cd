-- Submitting an attempt is the busiest write. Its foreign keys to framework, competence and quiz
-- version rows took a share lock on rows that every learner's submit shares, which PostgreSQL turns
-- into multixacts under load (the benchmark measured them as the largest part of a submit). Those
-- rows can never change or disappear (V2's triggers refuse it), and the server writes their ids
-- from the loaded, validated content, so the keys protected nothing. Evidence that a person enters
-- (self-assessment, reflection, attestation) still has its competence checked, by the trigger
-- below, without a lock.

DO $$
DECLARE
  fk record;
BEGIN
  FOR fk IN
    SELECT conname, conrelid::regclass AS tbl FROM pg_constraint
     WHERE contype = 'f'
       AND ((conrelid = 'evidence'::regclass
             AND confrelid IN ('framework_version'::regclass, 'quiz_version'::regclass, 'competence'::regclass))
         OR (conrelid = 'attempt'::regclass AND confrelid = 'quiz_version'::regclass))
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tbl, fk.conname);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION evidence_attestation_allowed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM competence c
                  WHERE c.framework_version_id = NEW.framework_version_id AND c.competence_id = NEW.competence_id) THEN
    RAISE EXCEPTION 'competence % is not in that framework version', NEW.competence_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
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

-- Knowledge checks come from the submit, with ids from validated content: only a (refused)
-- correction of one needs the checks.
DROP TRIGGER evidence_check_insert ON evidence;
CREATE TRIGGER evidence_check_insert BEFORE INSERT ON evidence
  FOR EACH ROW WHEN (NEW.kind <> 'knowledge_check' OR NEW.supersedes IS NOT NULL)
  EXECUTE FUNCTION evidence_attestation_allowed();
