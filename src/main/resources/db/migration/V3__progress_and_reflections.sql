-- What each learner has done in each unit.

CREATE TABLE unit_progress (
  account_id        bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  module_id         text        NOT NULL,
  unit_id           text        NOT NULL,
  first_opened_at   timestamptz NOT NULL DEFAULT now(),
  last_opened_at    timestamptz NOT NULL DEFAULT now(),
  -- seconds of a film or audio actually played, as a set of ranges (replays count once)
  played            int4multirange NOT NULL DEFAULT '{}',
  duration_seconds  int CHECK (duration_seconds IS NULL OR duration_seconds > 0),
  done_at           timestamptz,
  PRIMARY KEY (account_id, module_id, unit_id)
);

-- Reflections are kept as written: a new text is a new row, the latest is shown.
CREATE TABLE reflection (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  module_id   text        NOT NULL,
  unit_id     text        NOT NULL,
  body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX reflection_latest ON reflection (account_id, module_id, unit_id, created_at DESC);

-- Seconds covered by a set of played ranges.
CREATE FUNCTION played_seconds(ranges int4multirange) RETURNS int
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN coalesce((SELECT sum(upper(r) - lower(r)) FROM unnest(ranges) AS r), 0);
