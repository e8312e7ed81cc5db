-- Schema 10: the role board (issue 3). People, custom roles, role assignments with their history,
-- handoffs with the ICS-201 briefing, calls for help, and on-call rotations. Times are UTC milliseconds.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> ''),
    handle TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX people_by_handle ON people(lower(handle)) WHERE handle <> '';
CREATE INDEX people_by_name ON people(name);

-- A team's own roles; the built-in ones (commander, operations, …) live in code with their translations.
CREATE TABLE custom_roles (
    role_key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ja TEXT NOT NULL DEFAULT '',
    duty TEXT NOT NULL DEFAULT '',
    duty_ja TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);

-- Optional roles a team put on an incident's board (the core four are always there).
CREATE TABLE incident_roles (
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (incident_id, role_key)
);

CREATE TABLE role_assignments (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    started_at INTEGER NOT NULL,
    started_by TEXT NOT NULL DEFAULT '',
    ended_at INTEGER,
    ended_by TEXT,
    end_reason TEXT CHECK (end_reason IN ('released', 'reassigned', 'handed_off')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);
-- At most one current holder per role and incident (so at most one IC); the service adds "at least one IC".
CREATE UNIQUE INDEX role_assignments_one_current ON role_assignments(incident_id, role_key) WHERE ended_at IS NULL;
CREATE INDEX role_assignments_by_incident ON role_assignments(incident_id, started_at);

-- History is append-only: a row may be closed once, and nothing else about it may change.
CREATE TRIGGER role_assignments_keep_history BEFORE UPDATE ON role_assignments
WHEN OLD.ended_at IS NOT NULL OR NEW.incident_id IS NOT OLD.incident_id OR NEW.role_key IS NOT OLD.role_key
    OR NEW.person_id IS NOT OLD.person_id OR NEW.started_at IS NOT OLD.started_at
BEGIN
    SELECT RAISE(ABORT, 'role assignment history cannot be rewritten');
END;

CREATE TABLE role_handoffs (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    from_person_id INTEGER NOT NULL REFERENCES people(id),
    to_person_id INTEGER NOT NULL REFERENCES people(id),
    from_assignment_id INTEGER NOT NULL REFERENCES role_assignments(id),
    to_assignment_id INTEGER NOT NULL REFERENCES role_assignments(id),
    situation TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    current_actions TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    acknowledged_at INTEGER NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX role_handoffs_by_incident ON role_handoffs(incident_id, acknowledged_at);

CREATE TABLE help_requests (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    person_id INTEGER REFERENCES people(id),
    note TEXT NOT NULL DEFAULT '',
    requested_at INTEGER NOT NULL,
    requested_by TEXT NOT NULL DEFAULT '',
    resolved_at INTEGER,
    resolved_by TEXT
);
CREATE UNIQUE INDEX help_requests_one_open ON help_requests(incident_id, role_key) WHERE resolved_at IS NULL;

CREATE TABLE rotations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('weekly', 'custom')),
    role_key TEXT NOT NULL DEFAULT 'commander',
    starts_at INTEGER NOT NULL,
    shift_hours INTEGER NOT NULL CHECK (shift_hours > 0),
    created_at INTEGER NOT NULL
);

CREATE TABLE rotation_members (
    rotation_id INTEGER NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (rotation_id, position)
);

CREATE TABLE rotation_overrides (
    id INTEGER PRIMARY KEY,
    rotation_id INTEGER NOT NULL REFERENCES rotations(id) ON DELETE CASCADE,
    slot TEXT NOT NULL CHECK (slot IN ('primary', 'secondary')),
    person_id INTEGER NOT NULL REFERENCES people(id),
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX rotation_overrides_by_rotation ON rotation_overrides(rotation_id, starts_at);
