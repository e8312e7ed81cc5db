-- The living incident document's header. Append-only: every edit of a field is a new row, so nothing is
-- overwritten; the current value of a field is its newest row.
CREATE TABLE document_fields (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    edited_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_fields_by_incident ON document_fields(incident_id, field, id);
