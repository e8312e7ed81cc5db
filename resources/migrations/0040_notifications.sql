-- Schema 40: notification channels, the outbox, sent updates, team templates and cadence settings.

-- A webhook destination. Removal is soft so that the outbox keeps its history.
CREATE TABLE notify_channels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    secret TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    audience TEXT NOT NULL DEFAULT 'responders',
    use_in_drills INTEGER NOT NULL DEFAULT 0,
    disabled_reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    removed_at INTEGER
);
CREATE UNIQUE INDEX notify_channels_live_name ON notify_channels(name) WHERE removed_at IS NULL;

-- One update as it was sent (or suppressed in a drill): what the cadence counts from.
CREATE TABLE notify_sent_updates (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    audience TEXT NOT NULL,
    language TEXT NOT NULL,
    template_key TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    timeline_entry_id INTEGER REFERENCES timeline_entries(id) ON DELETE SET NULL
);
CREATE INDEX notify_sent_by_incident ON notify_sent_updates(incident_id, audience, sent_at);

-- The transactional outbox: a row is committed with the change it announces and delivered afterwards.
-- state: queued | sending | retrying | delivered | failed | suppressed | cancelled
CREATE TABLE notify_outbox (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    channel_id INTEGER NOT NULL REFERENCES notify_channels(id),
    incident_id INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
    update_id INTEGER REFERENCES notify_sent_updates(id) ON DELETE SET NULL,
    purpose TEXT NOT NULL DEFAULT 'update',
    content_type TEXT NOT NULL,
    body BLOB NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_status INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    delivered_at INTEGER
);
CREATE INDEX notify_outbox_pending ON notify_outbox(channel_id, id) WHERE state IN ('queued', 'sending', 'retrying');
CREATE INDEX notify_outbox_by_incident ON notify_outbox(incident_id, id);

-- Team templates; they override a bundled template with the same key and language.
CREATE TABLE notify_templates (
    id INTEGER PRIMARY KEY,
    template_key TEXT NOT NULL,
    language TEXT NOT NULL,
    name TEXT NOT NULL,
    audience TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (template_key, language)
);

-- Minutes between updates per audience and severity; 0 means no fixed cadence.
CREATE TABLE notify_cadence (
    audience TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    interval_minutes INTEGER NOT NULL CHECK (interval_minutes >= 0),
    PRIMARY KEY (audience, severity)
);
INSERT INTO notify_cadence (audience, severity, interval_minutes) VALUES
    ('responders', 1, 30), ('executives', 1, 30), ('customers', 1, 20),
    ('responders', 2, 60), ('executives', 2, 60), ('customers', 2, 30),
    ('responders', 3, 120), ('executives', 3, 0), ('customers', 3, 60),
    ('responders', 4, 0), ('executives', 4, 0), ('customers', 4, 0);

-- Delivery tuning (timeouts, backoff), key/value; absent keys take the built-in defaults.
CREATE TABLE notify_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
