-- Every saved version of the report wording, oldest first, so an edit to a customer report leaves a trail
-- like every other edit. An empty text records going back to the wording derived from the incident.
CREATE TABLE report_text_revisions (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_at INTEGER NOT NULL,
    saved_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX report_text_revisions_by_section ON report_text_revisions(incident_id, section, id);

-- The wording saved before this version is its first known version.
INSERT INTO report_text_revisions (incident_id, section, text, saved_at, saved_by)
    SELECT incident_id, section, text, updated_at, updated_by FROM report_texts ORDER BY updated_at;
