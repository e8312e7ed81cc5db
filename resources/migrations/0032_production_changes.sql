-- The Planning lead's record of every change made to production during the incident, so that the system
-- can be put back. Edits and reverts copy the previous version into production_change_revisions.
CREATE TABLE production_changes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    made_by TEXT NOT NULL DEFAULT '',
    made_at INTEGER NOT NULL,
    revert_how TEXT NOT NULL DEFAULT '',
    reverted_at INTEGER,
    reverted_by TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX production_changes_by_incident ON production_changes(incident_id, made_at);

CREATE TABLE production_change_revisions (
    change_id INTEGER NOT NULL REFERENCES production_changes(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    what TEXT NOT NULL,
    made_by TEXT NOT NULL,
    made_at INTEGER NOT NULL,
    revert_how TEXT NOT NULL,
    reverted_at INTEGER,
    reverted_by TEXT NOT NULL,
    replaced_at INTEGER NOT NULL,
    replaced_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (change_id, revision)
);
