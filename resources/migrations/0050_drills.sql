-- Drills (issue 7): a run per drill incident, its scenario clock, its injects and who took part.
-- Times are milliseconds since the Unix epoch, UTC, except *_scenario_ms / due_ms: milliseconds after T+0.

CREATE TABLE drill_runs (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL UNIQUE REFERENCES incidents(id) ON DELETE CASCADE,
    scenario_id TEXT NOT NULL,
    scenario_json TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'finished')),
    language TEXT NOT NULL DEFAULT 'en',
    game_master TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    went_well TEXT NOT NULL DEFAULT '',
    to_improve TEXT NOT NULL DEFAULT '',
    scores_json TEXT
);
CREATE INDEX drill_runs_by_state ON drill_runs(state, started_at);

CREATE TABLE drill_clock_segments (
    run_id INTEGER NOT NULL REFERENCES drill_runs(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    wall_start INTEGER NOT NULL,
    scenario_start_ms INTEGER NOT NULL,
    speed REAL NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE TABLE drill_injects (
    run_id INTEGER NOT NULL REFERENCES drill_runs(id) ON DELETE CASCADE,
    inject_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    due_ms INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'fired', 'skipped', 'not_triggered')),
    fired_at INTEGER,
    entry_id INTEGER REFERENCES timeline_entries(id) ON DELETE SET NULL,
    free_form INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'note',
    source TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, inject_id)
);

CREATE TABLE drill_participants (
    run_id INTEGER NOT NULL REFERENCES drill_runs(id) ON DELETE CASCADE,
    person TEXT NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (run_id, person, role)
);
CREATE INDEX drill_participants_by_person ON drill_participants(person);
