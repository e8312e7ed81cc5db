#pragma once

#include "domain/severity.h"
#include "domain/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A drill scenario as read from a scenario file (docs/drill-scenarios.md describes the format).
// Times are scenario milliseconds after T+0, the moment the scenario starts.

enum class InjectKind {
    Alert, // raised by a monitoring tool (Nagios, Mackerel, CloudWatch …) or reported by staff/social media
    Message, // from a customer, an executive, support, another team or a vendor
    Metric,  // a metric moves (DB CPU 100 %, error rate …)
    Note,    // a game-master note shown to the trainees as it is
};

// What the trainees have done; branch points and scores read these.
enum class DrillFact {
    Declared,
    RolesCovered,
    StakeholderUpdate,
    HandoffAcknowledged,
    ChangeRecorded,
    Mitigated,
    Resolved,
};

// A branch point: an inject fires always, only if a fact holds by its time ("if"), or only if it does not
// ("unless").
struct InjectCondition
{
    enum class Mode { Always, If, Unless };
    Mode mode = Mode::Always;
    DrillFact fact = DrillFact::Declared;
};

struct ScenarioInject
{
    QString id;
    qint64 atMs = 0;
    InjectKind kind = InjectKind::Note;
    QString source; // alert: the tool; message: who sends it (customer, executive, support, team, vendor)
    QString level;  // alert: critical, warning, info
    LocalizedText text;
    LocalizedText metric; // metric: its name (both languages), value and unit
    double value = 0;
    QString unit;
    InjectCondition condition;
};

// One score's weight and target. Targets are scenario durations (time scores), a ratio (checklist)
// or a count (changes to production).
struct ScoreRule
{
    bool enabled = false;
    double weight = 0;
    qint64 targetMs = 0;
    double targetRatio = 0;
    int expected = 0;
};

struct ScenarioScoring
{
    ScoreRule declare;     // time to declare
    ScoreRule roles;       // time until every core role is filled or knowingly held by the IC
    ScoreRule firstUpdate; // time to the first stakeholder update
    ScoreRule cadence;     // gaps between updates after the first one
    ScoreRule checklist;   // share of checklist items done
    ScoreRule handoff;     // handoff briefed and acknowledged
    ScoreRule changes;     // changes to production recorded
};

struct Scenario
{
    static constexpr int currentFormatVersion = 1;

    int formatVersion = currentFormatVersion;
    QString id;
    LocalizedText title;
    LocalizedText briefing;
    QList<LocalizedText> services;
    Severity severityHint = Severity::Sev2;
    qint64 durationMs = 0;
    QList<ScenarioInject> injects; // in time order
    ScenarioScoring scoring;

    const ScenarioInject* inject(const QString& injectId) const;
    // The services' names in `language` ("ja" or "en"), joined as that language lists things.
    QString serviceList(const QString& language) const;
};

namespace InjectKinds {
QString key(InjectKind k); // "alert", "message", "metric", "note"
std::optional<InjectKind> parse(const QString& key);
QString label(InjectKind k); // translated
// A message's sender (customer, executive, support, team, vendor) in the current language; other text as is.
QString senderLabel(const QString& source);
} // namespace InjectKinds

namespace DrillFactKeys {
QString key(DrillFact f); // "declared", "roles_covered", …
std::optional<DrillFact> parse(const QString& key);
QList<DrillFact> all();
QString label(DrillFact f); // translated
} // namespace DrillFactKeys
