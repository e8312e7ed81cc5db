-- Schema 20: incident checklists and the team's checklist templates.

-- A team's saved templates. A shipped default (resources/templates/checklists/sevN.json) is used for a
-- severity until a template with that severity is saved here.
CREATE TABLE checklist_templates (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 4),
    name_en TEXT NOT NULL,
    name_ja TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX checklist_templates_by_severity ON checklist_templates(severity) WHERE severity IS NOT NULL;

CREATE TABLE checklist_template_items (
    id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_templates(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    phase TEXT NOT NULL,
    role_key TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL,
    text_ja TEXT NOT NULL,
    timebox_minutes INTEGER NOT NULL DEFAULT 0,
    UNIQUE (template_id, position)
);

-- Which template an incident's checklist was made from; written in the transaction that creates the
-- incident, so every incident has exactly one row here.
CREATE TABLE incident_checklists (
    incident_id INTEGER PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
    template_key TEXT NOT NULL,
    template_revision INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    phase TEXT NOT NULL,
    role_key TEXT NOT NULL DEFAULT '',
    text_en TEXT NOT NULL DEFAULT '',
    text_ja TEXT NOT NULL DEFAULT '',
    timebox_minutes INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'skipped')),
    state_reason TEXT NOT NULL DEFAULT '',
    state_by TEXT NOT NULL DEFAULT '',
    state_at INTEGER,
    ad_hoc INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    UNIQUE (incident_id, number)
);

-- Every change of an item's state, so that an unchecked item keeps its story.
CREATE TABLE checklist_item_history (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES checklist_items(id) ON DELETE CASCADE,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at INTEGER NOT NULL
);
CREATE INDEX checklist_item_history_by_item ON checklist_item_history(item_id, changed_at);
