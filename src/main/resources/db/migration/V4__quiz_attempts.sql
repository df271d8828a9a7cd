-- Quiz attempts. The server owns the truth: what was asked (draw and order), what was answered,
-- when time ran out, and the one result of each attempt.

CREATE TABLE attempt (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id       bigint      REFERENCES account (id) ON DELETE SET NULL,  -- null once the learner's account is erased
  quiz_id          text        NOT NULL,
  quiz_version_id  bigint      NOT NULL REFERENCES quiz_version (id),
  module_id        text,
  attempt_number   int         NOT NULL CHECK (attempt_number > 0),
  state            text        NOT NULL DEFAULT 'in_progress' CHECK (state IN ('in_progress', 'submitted')),
  -- what this attempt asks, as the learner sees it: question ids in order, and per question the
  -- order of its options, choices or items
  question_order   text[]      NOT NULL,
  option_order     jsonb       NOT NULL DEFAULT '{}',
  started_at       timestamptz NOT NULL DEFAULT now(),
  deadline         timestamptz,                                         -- null when untimed
  submitted_at     timestamptz,
  submitted_by     text CHECK (submitted_by IN ('learner', 'time_limit')),
  points           numeric(10, 4),
  max_points       numeric(10, 4),
  percent          numeric(5, 2),
  passed           boolean,
  CONSTRAINT attempt_submitted_has_result CHECK (
    (state = 'in_progress' AND submitted_at IS NULL AND percent IS NULL)
    OR (state = 'submitted' AND submitted_at IS NOT NULL AND percent IS NOT NULL AND passed IS NOT NULL))
);

CREATE UNIQUE INDEX attempt_number_unique ON attempt (account_id, quiz_id, attempt_number);
-- At most one open attempt per learner and quiz: two tabs starting at once resume the same one.
CREATE UNIQUE INDEX attempt_one_open ON attempt (account_id, quiz_id) WHERE state = 'in_progress';
CREATE INDEX attempt_deadline_open ON attempt (deadline) WHERE state = 'in_progress' AND deadline IS NOT NULL;
CREATE INDEX attempt_quiz_version ON attempt (quiz_version_id) WHERE state = 'submitted';

-- The latest saved answer per question (autosave overwrites until submit).
CREATE TABLE attempt_response (
  attempt_id   bigint      NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
  question_id  text        NOT NULL,
  response     jsonb       NOT NULL,
  checked      boolean     NOT NULL DEFAULT false,  -- feedback shown and answer locked (feedback after each question)
  saved_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (attempt_id, question_id)
);

-- The scored outcome of each question of a submitted attempt, for review and item statistics.
CREATE TABLE attempt_question_score (
  attempt_id   bigint         NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
  question_id  text           NOT NULL,
  fraction     numeric(6, 5)  NOT NULL,
  points       numeric(10, 4) NOT NULL,
  max_points   numeric(10, 4) NOT NULL,
  correctness  text           NOT NULL,
  certainty    text,
  PRIMARY KEY (attempt_id, question_id)
);

-- Extra time granted to a learner (an accommodation), for one quiz or for all.
CREATE TABLE time_accommodation (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id     bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  quiz_id        text,                                   -- null: every timed quiz
  extra_percent  int         NOT NULL CHECK (extra_percent BETWEEN 1 AND 400),
  granted_by     bigint      REFERENCES account (id) ON DELETE SET NULL,
  granted_at     timestamptz NOT NULL DEFAULT now(),
  note           text CHECK (length(note) <= 500)
);

CREATE INDEX time_accommodation_lookup ON time_accommodation (account_id, quiz_id);
