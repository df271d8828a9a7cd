-- Dynamic Registration is opened by a URL that an admin makes for one platform: without it, anyone
-- could make Cairn fetch addresses of their choosing and file registrations for review.

CREATE TABLE lti_registration_invite (
  token_hash      bytea       PRIMARY KEY,      -- SHA-256 of the token in the URL
  created_by      bigint      REFERENCES account (id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz,
  registration_id bigint      REFERENCES lti_registration (id) ON DELETE SET NULL
);
