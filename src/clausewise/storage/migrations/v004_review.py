"""The mandate review: named users with a role and a hashed token, decisions on mandates and
comments (by mandate id, not by row: a mandate's decisions outlive a replaced source text),
and the audit trail, append-only and hash-chained.

The audit table refuses UPDATE and DELETE by trigger on both engines; an edit made around
the triggers (by someone who drops them) is what `clausewise audit verify` finds. Each row's
`prev` is unique, so two appends can never hang on the same row (the chain cannot fork even
if a writer skipped the library's write lock). The session secret that signs the web
pages' cookies is made here, once per library, so every server of one library shares it.
"""

from __future__ import annotations

import secrets

VERSION = 4
TITLE = "mandate review: users, decisions, comments, audit trail"

TABLES = """
CREATE TABLE IF NOT EXISTS users (
    n INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,             -- reader | editor | reviewer | validator | admin
    token_id TEXT NOT NULL UNIQUE,  -- the token's public first part: finds the row
    token_hash TEXT NOT NULL,       -- argon2id of the whole token (never the token)
    created TEXT NOT NULL,
    revoked TEXT                    -- when the token stopped working (NULL: it works)
);
CREATE TABLE IF NOT EXISTS review_decisions (
    n INTEGER PRIMARY KEY,          -- the order proposals arrived in
    mandate TEXT NOT NULL,          -- the registry's mandate id
    decision TEXT NOT NULL,         -- retain | update | merge | discontinue
    reason TEXT NOT NULL,
    merge_with TEXT,                -- for merge: the mandate it merges into
    state TEXT NOT NULL,            -- proposed | confirmed | rejected
    proposed_by TEXT NOT NULL,
    proposed_at TEXT NOT NULL,
    decided_by TEXT,
    decided_at TEXT,
    note TEXT                       -- the validator's words
);
CREATE INDEX IF NOT EXISTS review_decisions_mandate ON review_decisions(mandate, n);
CREATE INDEX IF NOT EXISTS review_decisions_state ON review_decisions(state, n);
CREATE TABLE IF NOT EXISTS review_comments (
    n INTEGER PRIMARY KEY,
    mandate TEXT NOT NULL,
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_comments_mandate ON review_comments(mandate, n);
CREATE TABLE IF NOT EXISTS audit_log (
    n INTEGER PRIMARY KEY,          -- 1, 2, 3 ... without gaps (given, not drawn)
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    before_value TEXT,              -- JSON, as hashed
    after_value TEXT,               -- JSON, as hashed
    prev TEXT NOT NULL UNIQUE,      -- the previous row's hash ('' before the first)
    hash TEXT NOT NULL UNIQUE
);
"""

SQLITE_GUARDS = """
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
"""

POSTGRES_GUARDS = """
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
"""


def apply(conn) -> None:
    conn.script(TABLES)
    if conn.dialect.name == "sqlite":
        conn.script(SQLITE_GUARDS)
    else:
        conn.raw.execute(POSTGRES_GUARDS)  # as written: no placeholders to translate
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('session_secret', ?) ON CONFLICT(key) DO NOTHING",
        (secrets.token_hex(32),),
    )
