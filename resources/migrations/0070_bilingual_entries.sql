-- Entries the app writes itself (status, severity and role changes, checklist steps, updates sent, …) are
-- kept in both languages, so that each reader sees them in their own. NULL for what people wrote; `text`
-- keeps the words as first written. Entries written before this version keep only `text`.
ALTER TABLE timeline_entries ADD COLUMN text_en TEXT;
ALTER TABLE timeline_entries ADD COLUMN text_ja TEXT;

-- Search matches what the reader sees (TimelineSearchSql): the wording in the reader's language for such an
-- entry, the text for the rest. So the index holds `text` only where there is no wording: a Japanese status
-- change is not found by an English reader's search for Japanese words. The triggers index those values and
-- remove the same ones; the rebuild below agrees with them only because no entry has a wording yet, so the
-- index must never be rebuilt later.
DROP TRIGGER timeline_fts_insert;
DROP TRIGGER timeline_fts_delete;
DROP TRIGGER timeline_fts_update;
DROP TABLE timeline_fts;

CREATE VIRTUAL TABLE timeline_fts USING fts5(text, text_en, text_ja, content='timeline_entries',
    content_rowid='id', tokenize='trigram');

CREATE TRIGGER timeline_fts_insert AFTER INSERT ON timeline_entries BEGIN
    INSERT INTO timeline_fts(rowid, text, text_en, text_ja)
        VALUES (new.id, CASE WHEN new.text_en IS NULL AND new.text_ja IS NULL THEN new.text END, new.text_en,
                new.text_ja);
END;

CREATE TRIGGER timeline_fts_delete AFTER DELETE ON timeline_entries BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, text, text_en, text_ja)
        VALUES ('delete', old.id, CASE WHEN old.text_en IS NULL AND old.text_ja IS NULL THEN old.text END,
                old.text_en, old.text_ja);
END;

CREATE TRIGGER timeline_fts_update AFTER UPDATE OF text, text_en, text_ja ON timeline_entries BEGIN
    INSERT INTO timeline_fts(timeline_fts, rowid, text, text_en, text_ja)
        VALUES ('delete', old.id, CASE WHEN old.text_en IS NULL AND old.text_ja IS NULL THEN old.text END,
                old.text_en, old.text_ja);
    INSERT INTO timeline_fts(rowid, text, text_en, text_ja)
        VALUES (new.id, CASE WHEN new.text_en IS NULL AND new.text_ja IS NULL THEN new.text END, new.text_en,
                new.text_ja);
END;

INSERT INTO timeline_fts(timeline_fts) VALUES ('rebuild');
