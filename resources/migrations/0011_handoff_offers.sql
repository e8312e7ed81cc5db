-- Schema 11: handoffs offered by the outgoing holder and acknowledged later by the incoming one, from their
-- own desktop or icctl. Acknowledging performs the handoff (role_handoffs); an offer is closed once.
CREATE TABLE handoff_offers (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    role_key TEXT NOT NULL,
    from_person_id INTEGER NOT NULL REFERENCES people(id),
    to_person_id INTEGER NOT NULL REFERENCES people(id),
    situation TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    current_actions TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    offered_at INTEGER NOT NULL,
    offered_by TEXT NOT NULL DEFAULT '',
    closed_at INTEGER,
    closed_by TEXT,
    outcome TEXT CHECK (outcome IN ('acknowledged', 'cancelled', 'superseded')),
    CHECK ((closed_at IS NULL) = (outcome IS NULL))
);
CREATE UNIQUE INDEX handoff_offers_one_open ON handoff_offers(incident_id, role_key) WHERE closed_at IS NULL;
