-- The web editor (issue 6): drafts of quizzes and modules, where each version came from, and what
-- the last load of quizzes/ found in each file, so that a file change and a web edit never
-- overwrite each other silently. Published versions stay in quiz_version / module_version,
-- which refuse UPDATE and DELETE.

-- A draft is the text of the quizzes/ file format (quiz.yaml or module.yaml, plus the markdown
-- files a module uses), always written from the model and validated by the same readers as files.
CREATE TABLE authoring_draft (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind             text        NOT NULL CHECK (kind IN ('quiz', 'module')),
  content_id       text        NOT NULL,            -- the quiz or module id
  module_id        text,                            -- for a quiz: the module it belongs to
  yaml             text        NOT NULL CHECK (length(yaml) <= 2097152),
  markdown         jsonb       NOT NULL DEFAULT '{}', -- a module's markdown files: name -> text
  base_version_id  bigint,                          -- the quiz_version / module_version it was made from; null when new
  origin           text        NOT NULL CHECK (origin IN ('editor', 'file', 'import')),
  label            text,                            -- e.g. 'changed in quizzes/', 'imported from GIFT'
  file_path        text,                            -- origin 'file': the file in quizzes/
  file_hash        text,                            -- origin 'file': content hash of what was read
  state            text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'published', 'discarded')),
  revision         int         NOT NULL DEFAULT 1,  -- bumped by each save; a stale form is refused
  created_by       bigint      REFERENCES account (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       bigint      REFERENCES account (id) ON DELETE SET NULL,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  published_version_id bigint,                      -- the version its publication made (or pointed back to)
  CHECK (kind = 'module' OR module_id IS NOT NULL),
  CHECK (origin <> 'file' OR file_path IS NOT NULL)
);

-- At most one open draft from the editor (or an import) and one from a changed file per quiz or module.
CREATE UNIQUE INDEX authoring_draft_one_open
  ON authoring_draft (kind, content_id, (origin = 'file')) WHERE state = 'open';
CREATE INDEX authoring_draft_module ON authoring_draft (module_id) WHERE state = 'open';

-- Where each version came from: a file (path and content hash) or the editor (draft and account).
CREATE TABLE content_version_origin (
  kind        text        NOT NULL CHECK (kind IN ('quiz', 'module')),
  version_id  bigint      NOT NULL,
  origin      text        NOT NULL CHECK (origin IN ('file', 'editor', 'import')),
  file_path   text,
  file_hash   text,
  draft_id    bigint      REFERENCES authoring_draft (id),
  account_id  bigint      REFERENCES account (id) ON DELETE SET NULL,
  label       text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, version_id)
);

-- What the last start-up read from each file: its hash, and the version that file made current
-- (null while a changed file waits as a draft because the editor's version is newer).
CREATE TABLE content_file_state (
  kind               text        NOT NULL CHECK (kind IN ('quiz', 'module')),
  content_id         text        NOT NULL,
  file_path          text        NOT NULL,
  file_hash          text        NOT NULL,
  loaded_version_id  bigint,
  seen_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, content_id)
);
