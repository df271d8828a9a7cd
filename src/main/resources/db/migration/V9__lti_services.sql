-- LTI Advantage services on top of the core (V8): Deep Linking responses, grade passback (AGS)
-- through an outbox, and what rosters (NRPS) and attempts need to know about launches.

-- Which launch started a launch session (the session row is table session's; a launch-session
-- token names it by its SHA-256). Lets a request inside a launch know its resource link and course.
CREATE TABLE lti_launch_session (
  session_hash  bytea       PRIMARY KEY REFERENCES session (token_hash) ON DELETE CASCADE,
  launch_id     bigint      NOT NULL REFERENCES lti_launch (id) ON DELETE CASCADE
);

CREATE INDEX lti_launch_session_launch ON lti_launch_session (launch_id);

-- The resource link an attempt was taken through: its score goes to that link's line item.
ALTER TABLE attempt ADD COLUMN lti_resource_link_id bigint REFERENCES lti_resource_link (id) ON DELETE SET NULL;

CREATE INDEX attempt_lti_resource_link ON attempt (lti_resource_link_id) WHERE lti_resource_link_id IS NOT NULL;

-- One Deep Linking response per deep-linking launch: the row makes the launch used (a replay of
-- the launch id is refused) and keeps what was sent back.
CREATE TABLE lti_deep_link_response (
  launch_id      bigint      PRIMARY KEY REFERENCES lti_launch (id) ON DELETE CASCADE,
  account_id     bigint      REFERENCES account (id) ON DELETE SET NULL,
  content_items  jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

-- A line item Cairn found or created on the platform for a resource link whose launch named only
-- the line-items container (AGS claim with lineitems but no lineitem).
CREATE TABLE lti_line_item (
  resource_link_id  bigint      PRIMARY KEY REFERENCES lti_resource_link (id) ON DELETE CASCADE,
  url               text        NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);

-- Scores to post to platforms, written in the transaction that submits the attempt, delivered by
-- io.cairn.lti.ags.ScoreWorker: at most one row per attempt, so each score is sent once.
-- pending → delivered, or abandoned when it cannot be delivered (reason in last_error).
CREATE TABLE lti_score_outbox (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  attempt_id        bigint        NOT NULL UNIQUE REFERENCES attempt (id) ON DELETE CASCADE,
  resource_link_id  bigint        NOT NULL REFERENCES lti_resource_link (id) ON DELETE CASCADE,
  lti_user_id       bigint        NOT NULL REFERENCES lti_user (id) ON DELETE CASCADE,
  score_given       numeric(5, 2) NOT NULL CHECK (score_given >= 0),
  score_maximum     numeric(5, 2) NOT NULL CHECK (score_maximum > 0),
  scored_at         timestamptz   NOT NULL,     -- the attempt's submit time: the score's timestamp
  status            text          NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'abandoned')),
  tries             int           NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz   NOT NULL DEFAULT now(),
  lease_until       timestamptz,                -- a worker is delivering it until then
  last_error        text,
  line_item_url     text,                       -- where it was posted
  created_at        timestamptz   NOT NULL DEFAULT now(),
  delivered_at      timestamptz,
  CONSTRAINT lti_score_outbox_delivered CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);

CREATE INDEX lti_score_outbox_due ON lti_score_outbox (next_attempt_at) WHERE status = 'pending';
