-- Schema 1: incidents and their timeline. Times are milliseconds since the Unix epoch, UTC.
-- Migration numbers are reserved per area so that parallel work does not collide:
-- 0001-0009 core, 0010-0019 roles, 0020-0029 checklist, 0030-0039 timeline document,
-- 0040-0049 notifications, 0050-0059 drills, 0060-0069 reports and follow-ups.

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    impact TEXT NOT NULL DEFAULT '',
    is_drill INTEGER NOT NULL DEFAULT 0,
    q_second_team INTEGER NOT NULL DEFAULT 0,
    q_customers_affected INTEGER NOT NULL DEFAULT 0,
    q_unresolved_hour INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    detected_at INTEGER,
    declared_at INTEGER,
    mitigated_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER
);
CREATE INDEX incidents_by_update ON incidents(updated_at);

CREATE TABLE incident_status_history (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_history_by_incident ON incident_status_history(incident_id, changed_at);

CREATE TABLE timeline_entries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    occurred_at INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    important INTEGER NOT NULL DEFAULT 0,
    is_public INTEGER NOT NULL DEFAULT 0,
    revision INTEGER NOT NULL DEFAULT 1,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX timeline_by_incident ON timeline_entries(incident_id, occurred_at, id);

-- Every earlier version of an entry, written when the entry is edited or (soft-)deleted.
CREATE TABLE timeline_revisions (
    entry_id INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    important INTEGER NOT NULL,
    is_public INTEGER NOT NULL,
    deleted INTEGER NOT NULL,
    replaced_at INTEGER NOT NULL,
    replaced_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entry_id, revision)
);
