-- Reports and follow-ups (issue 8). Times are milliseconds since the Unix epoch, UTC; due dates are
-- calendar dates (ISO yyyy-MM-dd text), because a follow-up is due on a day, not at an instant.

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    type TEXT NOT NULL CHECK (type IN ('detective', 'preventative', 'corrective', 'process')),
    priority TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'wont_do')),
    tracker_url TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    completed_at INTEGER,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_ups_by_incident ON follow_ups(incident_id, id);
CREATE INDEX follow_ups_by_status ON follow_ups(status, due_date);

-- Report wording the user edited before export, one row per incident and section
-- (e.g. customer.cause, postmortem.lessons). Absent rows mean "use the text derived from the incident".
CREATE TABLE report_texts (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, section)
);
