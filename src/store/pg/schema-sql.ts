/**
 * The PostgreSQL schema, as versioned migrations. SQL lives in TypeScript so that the compiled
 * build (`dist/`) carries it. A migration is never edited once released: a change of schema is a
 * new entry at the end, applied once (see migrate.ts).
 *
 * Text columns that are compared or sorted (dates, ISO times, ids) use the "C" collation, so
 * PostgreSQL orders them exactly as the JavaScript store does (by code point), whatever the
 * database's locale.
 */
export interface SqlMigration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly SqlMigration[] = [
  {
    version: 1,
    name: "updates, seq counters, state, de-duplication keys, inbox, collections",
    sql: `
CREATE TABLE updates (
  id                text COLLATE "C" PRIMARY KEY,
  author            text COLLATE "C" NOT NULL,
  seq               integer NOT NULL CHECK (seq > 0),
  section           text COLLATE "C" NOT NULL,
  date              text COLLATE "C" NOT NULL,
  week              text COLLATE "C" NOT NULL,
  created_at        text COLLATE "C" NOT NULL,
  status            text COLLATE "C" NOT NULL,
  source_message_id text COLLATE "C",
  -- insertion order: the last key of the listing order (date, created_at, pos)
  pos               bigserial NOT NULL,
  doc               jsonb NOT NULL,
  CONSTRAINT updates_author_seq UNIQUE (author, seq)
);
CREATE INDEX updates_by_date ON updates (date, created_at, pos);
CREATE INDEX updates_by_author ON updates (author, status);
CREATE INDEX updates_by_week ON updates (week);
CREATE INDEX updates_by_source_message ON updates (source_message_id) WHERE source_message_id IS NOT NULL;

-- Every transport message that created or changed an update (its sourceMessageId and each
-- history entry's messageId): "what did this message already do?" is one index look-up.
CREATE TABLE update_messages (
  message_id text COLLATE "C" NOT NULL,
  update_id  text COLLATE "C" NOT NULL REFERENCES updates (id) ON DELETE CASCADE,
  PRIMARY KEY (message_id, update_id)
);
CREATE INDEX update_messages_by_update ON update_messages (update_id);

-- The highest seq an author has ever had; the next one is last_seq + 1. Never lowered, so a
-- number taken away from its update (renumbered, given to another author) is never reused.
CREATE TABLE seq_counters (
  author   text COLLATE "C" PRIMARY KEY,
  last_seq integer NOT NULL CHECK (last_seq >= 0)
);

CREATE TABLE conversations (
  user_id    text COLLATE "C" PRIMARY KEY,
  state      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE bindings (
  external_id text COLLATE "C" PRIMARY KEY,
  person_id   text NOT NULL
);

-- De-duplication keys: live until expires_ms (ms since the epoch, from the bot's clock).
CREATE TABLE seen_keys (
  key        text COLLATE "C" PRIMARY KEY,
  expires_ms bigint NOT NULL
);
CREATE INDEX seen_keys_by_expiry ON seen_keys (expires_ms);

-- Events received but not yet processed; pos keeps the first arrival's place (oldest first).
CREATE TABLE inbox (
  id    text COLLATE "C" PRIMARY KEY,
  pos   bigserial NOT NULL,
  entry jsonb NOT NULL
);
CREATE INDEX inbox_by_pos ON inbox (pos);

-- Generic collections (drafts, reminders, …): documents validated by the caller's schema.
CREATE TABLE collection_docs (
  collection text COLLATE "C" NOT NULL,
  id         text COLLATE "C" NOT NULL,
  pos        bigserial NOT NULL,
  doc        jsonb NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX collection_docs_by_pos ON collection_docs (collection, pos);
`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
