-- People and their sign-in sessions. Sessions live here so that several server instances share
-- them and a restart signs nobody out.

CREATE TABLE account (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email         text,                       -- null for accounts that only arrive through LTI
  display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  password_hash text,                       -- Argon2id; null when the account cannot sign in here
  roles         text[]      NOT NULL DEFAULT ARRAY['learner'],
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT account_roles_known CHECK (roles <@ ARRAY['learner', 'tutor', 'supervisor', 'admin']),
  CONSTRAINT account_email_shape CHECK (email IS NULL OR (length(email) <= 254 AND email LIKE '%_@_%'))
);

CREATE UNIQUE INDEX account_email_unique ON account (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE session (
  token_hash  bytea       PRIMARY KEY,      -- SHA-256 of the cookie value; the value itself is never stored
  account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);

CREATE INDEX session_account ON session (account_id);
CREATE INDEX session_expiry ON session (expires_at);
