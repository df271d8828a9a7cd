-- Content loaded from quizzes/ (and, later, the web editor). Every change makes a new version;
-- versions are never changed in place, because attempts and evidence refer to them.

CREATE TABLE framework_version (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  framework_id   text        NOT NULL,
  version        int         NOT NULL,
  content_hash   text        NOT NULL,
  title          text        NOT NULL,
  status         text        NOT NULL,
  definition     jsonb       NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (framework_id, version),
  UNIQUE (framework_id, content_hash)
);

CREATE TABLE competence (
  framework_version_id bigint  NOT NULL REFERENCES framework_version (id),
  competence_id        text    NOT NULL,
  domain_id            text    NOT NULL,
  title                text    NOT NULL,
  verified             boolean NOT NULL,
  PRIMARY KEY (framework_version_id, competence_id)
);

CREATE TABLE module_version (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  module_id            text        NOT NULL,
  version              int         NOT NULL,
  content_hash         text        NOT NULL,
  framework_version_id bigint      NOT NULL REFERENCES framework_version (id),
  title                text        NOT NULL,
  source               text        NOT NULL CHECK (source IN ('file', 'editor')),
  definition           jsonb       NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (module_id, version),
  UNIQUE (module_id, content_hash, framework_version_id)
);

CREATE TABLE quiz_version (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  quiz_id              text        NOT NULL,
  version              int         NOT NULL,
  content_hash         text        NOT NULL,
  module_id            text        NOT NULL,
  framework_version_id bigint      NOT NULL REFERENCES framework_version (id),
  title                text        NOT NULL,
  source               text        NOT NULL CHECK (source IN ('file', 'editor')),
  definition           jsonb       NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  UNIQUE (quiz_id, version),
  UNIQUE (quiz_id, content_hash, framework_version_id)
);

-- Versions are immutable: the database refuses to change or remove them.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable: add a new version instead', TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER framework_version_immutable BEFORE UPDATE OR DELETE ON framework_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER competence_immutable BEFORE UPDATE OR DELETE ON competence
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER module_version_immutable BEFORE UPDATE OR DELETE ON module_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER quiz_version_immutable BEFORE UPDATE OR DELETE ON quiz_version
  FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Which version is served now. A file that goes back to an earlier text points here again.
CREATE TABLE current_framework (
  framework_id         text   PRIMARY KEY,
  framework_version_id bigint NOT NULL REFERENCES framework_version (id)
);

CREATE TABLE current_module (
  module_id         text   PRIMARY KEY,
  module_version_id bigint NOT NULL REFERENCES module_version (id),
  position          int    NOT NULL DEFAULT 0,
  folder            text   -- the folder in quizzes/ it came from; null for modules made in the editor
);

CREATE TABLE current_quiz (
  quiz_id         text   PRIMARY KEY,
  quiz_version_id bigint NOT NULL REFERENCES quiz_version (id)
);

-- What the last load of quizzes/ found wrong, for admins. Replaced at each load.
CREATE TABLE content_problem (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file       text        NOT NULL,
  line       int         NOT NULL,
  path       text        NOT NULL,
  message    text        NOT NULL,
  found_at   timestamptz NOT NULL DEFAULT now()
);
