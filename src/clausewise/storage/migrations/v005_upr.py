"""The universal periodic review (clausewise.upr): UPR Info's recommendations and pledges
with their themes, the imports that brought them, technical-assistance records, measures and
progress notes (IMPACT OSS), and the derived links to the library's texts.

Imported rows are keyed by `UprRecord.id` (what the row says), so importing an export again
changes nothing. A link hangs on its document (ON DELETE CASCADE: a deleted text takes its
links); a mandate is named by its registry id, not a reference, because the registry's rows
are rebuilt while what an editor entered must stay.
"""

from __future__ import annotations

VERSION = 5
TITLE = "the universal periodic review: recommendations, pledges, assistance, measures, links"

UPR = """
CREATE TABLE IF NOT EXISTS upr_items (
    id TEXT PRIMARY KEY,          -- UprRecord.id
    kind TEXT NOT NULL,           -- recommendation | pledge
    state_to TEXT NOT NULL, state_by TEXT,
    text TEXT NOT NULL,
    response TEXT,                -- accepted | noted | NULL
    session INTEGER NOT NULL, cycle INTEGER NOT NULL,
    action INTEGER,
    to_group TEXT, by_group TEXT,
    themes TEXT NOT NULL,         -- joined with '|' (the rows of upr_item_themes, for display)
    occurrence INTEGER NOT NULL,
    digest TEXT NOT NULL,         -- UprRecord.digest: an import rewrites the row only if it differs
    source TEXT NOT NULL, line INTEGER NOT NULL  -- the export and line it was last read from
);
CREATE INDEX IF NOT EXISTS upr_items_to ON upr_items(state_to, cycle);
CREATE INDEX IF NOT EXISTS upr_items_by ON upr_items(state_by, cycle);
CREATE TABLE IF NOT EXISTS upr_item_themes (
    item TEXT NOT NULL REFERENCES upr_items(id) ON DELETE CASCADE,
    theme TEXT NOT NULL,
    PRIMARY KEY (item, theme)
);
CREATE INDEX IF NOT EXISTS upr_item_themes_theme ON upr_item_themes(theme, item);
CREATE TABLE IF NOT EXISTS upr_imports (
    n INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL, sha256 TEXT NOT NULL, at TEXT NOT NULL,
    rows INTEGER NOT NULL, added INTEGER NOT NULL, updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL, bad INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS upr_assistance (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    requested_by TEXT NOT NULL, offered_by TEXT NOT NULL,
    modality TEXT NOT NULL CHECK (modality IN ('north-south', 'south-south', 'triangular')),
    priorities TEXT NOT NULL,     -- one per line
    status TEXT NOT NULL CHECK (status IN ('requested', 'agreed', 'ongoing', 'completed', 'declined')),
    mandate TEXT,                 -- a registry_mandates id
    recommendation TEXT REFERENCES upr_items(id) ON DELETE SET NULL,
    note TEXT NOT NULL,
    created TEXT NOT NULL, updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS upr_assistance_requested ON upr_assistance(requested_by);
CREATE INDEX IF NOT EXISTS upr_assistance_offered ON upr_assistance(offered_by);
CREATE TABLE IF NOT EXISTS upr_measures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item TEXT NOT NULL REFERENCES upr_items(id) ON DELETE CASCADE,
    action TEXT NOT NULL, indicator TEXT NOT NULL,
    due TEXT,                     -- ISO date
    status TEXT NOT NULL CHECK (status IN ('planned', 'in progress', 'done', 'dropped')),
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS upr_measures_item ON upr_measures(item);
CREATE TABLE IF NOT EXISTS upr_progress (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    measure INTEGER NOT NULL REFERENCES upr_measures(id) ON DELETE CASCADE,
    day TEXT NOT NULL, note TEXT NOT NULL, created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS upr_progress_measure ON upr_progress(measure);
CREATE TABLE IF NOT EXISTS upr_links (
    item TEXT NOT NULL REFERENCES upr_items(id) ON DELETE CASCADE,
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    eid TEXT,                     -- the paragraph (a language link), else NULL
    mandate TEXT,                 -- the registry id of a mandate in that paragraph
    kind TEXT NOT NULL,           -- theme | language
    reason TEXT NOT NULL,
    score REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS upr_links_item ON upr_links(item);
CREATE INDEX IF NOT EXISTS upr_links_doc ON upr_links(doc);
CREATE TABLE IF NOT EXISTS upr_sponsors ( -- who sponsored which text (from its record)
    state TEXT NOT NULL,
    doc INTEGER NOT NULL REFERENCES documents(n) ON DELETE CASCADE,
    PRIMARY KEY (state, doc)
);
"""


def apply(conn) -> None:
    conn.script(UPR)
