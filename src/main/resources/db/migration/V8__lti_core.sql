-- LTI 1.3 core: the tool's signing keys, platform registrations and their deployments, the OIDC
-- login state, and what launches bring (users, courses, resource links, memberships, claims), kept
-- so that Deep Linking, grade passback (AGS) and rosters (NRPS) can build on them.

-- The tool's RSA key pairs. The private key is AES-256-GCM encrypted under a key derived from the
-- server secret (see io.cairn.lti.keys.KeyCipher); the public half is published at /lti/jwks while
-- the key is active or retired for less than the retention period.
CREATE TABLE lti_key (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kid             text        NOT NULL UNIQUE,
  public_jwk      jsonb       NOT NULL,
  private_key     bytea       NOT NULL,   -- 12-byte IV || AES-GCM(PKCS#8 DER), additional data = kid
  created_at      timestamptz NOT NULL DEFAULT now(),
  retired_at      timestamptz,
  CONSTRAINT lti_key_order CHECK (retired_at IS NULL OR retired_at >= created_at)
);

-- At most one active key: the one that signs.
CREATE UNIQUE INDEX lti_key_one_active ON lti_key ((true)) WHERE retired_at IS NULL;

CREATE TABLE lti_registration (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name            text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  issuer          text        NOT NULL,
  client_id       text        NOT NULL,
  auth_login_url  text        NOT NULL,   -- the platform's OIDC authorization endpoint
  token_url       text        NOT NULL,   -- OAuth2 token endpoint (client-credentials grant for AGS/NRPS)
  keyset_url      text        NOT NULL,   -- the platform's JWKS
  frame_origins   text[]      NOT NULL DEFAULT '{}',  -- origins allowed to frame Cairn in this platform's launches
  status          text        NOT NULL CHECK (status IN ('pending', 'enabled', 'disabled')),
  source          text        NOT NULL CHECK (source IN ('manual', 'dynamic')),
  platform_config jsonb,                  -- dynamic registration: the platform's openid configuration
  tool_registration jsonb,                -- dynamic registration: the platform's answer to our configuration
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_registration_unique UNIQUE (issuer, client_id)
);

CREATE TABLE lti_deployment (
  registration_id bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  deployment_id   text        NOT NULL CHECK (length(deployment_id) BETWEEN 1 AND 255),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (registration_id, deployment_id)
);

-- One OIDC login initiation: its state and nonce, each usable once, for a few minutes. The login
-- parameters are kept so that a blocked launch can be started again in a new window.
CREATE TABLE lti_login (
  state           text        PRIMARY KEY,
  nonce           text        NOT NULL UNIQUE,
  registration_id bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  login_params    jsonb       NOT NULL,
  storage_target  text,                   -- lti_storage_target when the platform offered postMessage storage
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz
);

CREATE INDEX lti_login_expiry ON lti_login (expires_at);

-- A person as a platform knows them: (issuer, sub) is unique per the LTI spec.
CREATE TABLE lti_user (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  issuer          text        NOT NULL,
  sub             text        NOT NULL CHECK (length(sub) BETWEEN 1 AND 255),
  account_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  registration_id bigint      REFERENCES lti_registration (id) ON DELETE SET NULL,
  name            text,
  given_name      text,
  family_name     text,
  email           text,
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_user_unique UNIQUE (issuer, sub)
);

CREATE INDEX lti_user_account ON lti_user (account_id);

-- A course (LTI context) of one deployment.
CREATE TABLE lti_context (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  registration_id bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  deployment_id   text        NOT NULL,
  context_id      text        NOT NULL,
  title           text,
  label           text,
  types           text[]      NOT NULL DEFAULT '{}',
  nrps            jsonb,                  -- the last names-and-roles service claim (context_memberships_url, versions)
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_context_unique UNIQUE (registration_id, deployment_id, context_id)
);

-- A placement of Cairn in a course, and what it opens.
CREATE TABLE lti_resource_link (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  registration_id  bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  deployment_id    text        NOT NULL,
  resource_link_id text        NOT NULL,
  context_ref      bigint      REFERENCES lti_context (id) ON DELETE CASCADE,
  title            text,
  description      text,
  target_link_uri  text,
  module_id        text,                  -- what the launch opened, when it names a module
  quiz_id          text,                  -- … or a quiz
  custom           jsonb       NOT NULL DEFAULT '{}',
  ags              jsonb,                 -- the last AGS endpoint claim (scope, lineitems, lineitem)
  nrps             jsonb,                 -- the last NRPS claim seen on this link
  first_seen_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT lti_resource_link_unique UNIQUE (registration_id, deployment_id, resource_link_id)
);

-- Who is in which course, with the platform's roles as sent.
CREATE TABLE lti_membership (
  context_ref     bigint      NOT NULL REFERENCES lti_context (id) ON DELETE CASCADE,
  account_id      bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  lti_roles       text[]      NOT NULL DEFAULT '{}',
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (context_ref, account_id)
);

-- Every accepted launch with its verified claims, for services that act on it later.
CREATE TABLE lti_launch (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  registration_id  bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  deployment_id    text        NOT NULL,
  account_id       bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  lti_user_ref     bigint      NOT NULL REFERENCES lti_user (id) ON DELETE CASCADE,
  context_ref      bigint      REFERENCES lti_context (id) ON DELETE SET NULL,
  resource_link_ref bigint     REFERENCES lti_resource_link (id) ON DELETE SET NULL,
  message_type     text        NOT NULL,
  claims           jsonb       NOT NULL,
  launched_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX lti_launch_by_account ON lti_launch (account_id, launched_at DESC);

-- A verified launch whose browser binding is still to be confirmed through the platform's
-- postMessage storage (third-party cookies blocked). One-time, short-lived.
CREATE TABLE lti_pending_launch (
  id              text        PRIMARY KEY,
  state           text        NOT NULL REFERENCES lti_login (state) ON DELETE CASCADE,
  registration_id bigint      NOT NULL REFERENCES lti_registration (id) ON DELETE CASCADE,
  claims          jsonb       NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  used_at         timestamptz
);
