-- Timeline editor (issue 5): links, milestones and the author's role on entries; full-text search.

ALTER TABLE timeline_entries ADD COLUMN links TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN milestone TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_entries ADD COLUMN author_role TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_revisions ADD COLUMN links TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_revisions ADD COLUMN milestone TEXT NOT NULL DEFAULT '';
ALTER TABLE timeline_revisions ADD COLUMN author_role TEXT NOT NULL DEFAULT '';

-- Full-text search over the entry text. The trigram tokenizer finds Japanese (no word breaks) as well as
-- English, case-insensitively; it needs at least three characters, shorter queries fall back to LIKE.
-- External content: the index stores no second copy of the text.
CREATE VIRTUAL TABLE timeline_fts USING fts5(text, content='timeline_entries', content_rowid='id',
    tokenize='trigram');

CREATE TRIGGER timeline_fts_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO timeline_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER timeline_fts_delete AFTER DELETE ON timeline_entries BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER timeline_fts_update AFTER UPDATE OF text ON timeline_entries BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO timeline_fts(rowid, text) VALUES (new.id, new.text);
END;

INSERT INTO timeline_fts(timeline_fts) VALUES ('rebuild');

CREATE INDEX timeline_by_milestone ON timeline_entries(incident_id, milestone) WHERE milestone <> '';

-- Live entries of an incident in time order, with the id: a search can check FTS matches against this
-- index alone, without reading the rows it skips.
CREATE INDEX timeline_live_by_incident ON timeline_entries(incident_id, deleted, occurred_at, id);

-- The author filter lists who wrote in an incident without reading its rows.
CREATE INDEX timeline_by_author ON timeline_entries(incident_id, author);
