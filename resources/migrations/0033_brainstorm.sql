-- The brainstorm board: hypotheses and ideas collected without judgment, later confirmed or ruled out.
-- Each idea links to the timeline entry that recorded it and to the one that recorded the verdict.
CREATE TABLE brainstorm_ideas (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    decided_at INTEGER,
    decided_by TEXT NOT NULL DEFAULT '',
    entry_id INTEGER REFERENCES timeline_entries(id),
    verdict_entry_id INTEGER REFERENCES timeline_entries(id)
);
CREATE INDEX brainstorm_by_incident ON brainstorm_ideas(incident_id, id);
