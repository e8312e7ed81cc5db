#include "drilldebrief.h"

#include "core.h"
#include "domain/clock.h"
#include "drillduration.h"
#include "drillservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QTranslator>

namespace {
const struct
{
    const char* key;
    const char* label;
} kRoleLabels[] = {
    {"commander", QT_TRANSLATE_NOOP("DrillDebrief", "Incident Commander")},
    {"operations", QT_TRANSLATE_NOOP("DrillDebrief", "Operations lead")},
    {"communications", QT_TRANSLATE_NOOP("DrillDebrief", "Communications lead")},
    {"planning", QT_TRANSLATE_NOOP("DrillDebrief", "Planning lead")},
    {"scribe", QT_TRANSLATE_NOOP("DrillDebrief", "Scribe")},
    {"deputy", QT_TRANSLATE_NOOP("DrillDebrief", "Deputy / next IC")},
    {"liaison", QT_TRANSLATE_NOOP("DrillDebrief", "Liaison")},
    {"sme", QT_TRANSLATE_NOOP("DrillDebrief", "Subject-matter expert")},
    {"observer", QT_TRANSLATE_NOOP("DrillDebrief", "Observer")},
};

const struct
{
    EntryKind kind;
    const char* label;
} kKindLabels[] = {
    {EntryKind::Note, QT_TRANSLATE_NOOP("DrillDebrief", "Note")},
    {EntryKind::Observation, QT_TRANSLATE_NOOP("DrillDebrief", "Observation")},
    {EntryKind::Action, QT_TRANSLATE_NOOP("DrillDebrief", "Action")},
    {EntryKind::Decision, QT_TRANSLATE_NOOP("DrillDebrief", "Decision")},
    {EntryKind::RoleChange, QT_TRANSLATE_NOOP("DrillDebrief", "Role change")},
    {EntryKind::Communication, QT_TRANSLATE_NOOP("DrillDebrief", "Communication")},
    {EntryKind::Alert, QT_TRANSLATE_NOOP("DrillDebrief", "Alert")},
    {EntryKind::Inject, QT_TRANSLATE_NOOP("DrillDebrief", "▶ Inject")},
    {EntryKind::Hypothesis, QT_TRANSLATE_NOOP("DrillDebrief", "Hypothesis")},
    {EntryKind::Milestone, QT_TRANSLATE_NOOP("DrillDebrief", "Milestone")},
    {EntryKind::Status, QT_TRANSLATE_NOOP("DrillDebrief", "Status change")},
};

// Translates into the report's language, whatever language the interface shows.
class ReportLanguage final
{
public:
    explicit ReportLanguage(const QString& lang) : m_lang(lang)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/incident-commander_%1.qm").arg(lang));
    }
    QString operator()(const char* context, const char* source) const
    {
        const QString t = m_loaded ? m_translator.translate(context, source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }
    QString operator()(const char* source) const { return (*this)("DrillDebrief", source); }
    const QString& code() const { return m_lang; }

private:
    QString m_lang;
    QTranslator m_translator;
    bool m_loaded = false;
};

QString offset(const ReportLanguage& t, qint64 ms)
{
    return QStringLiteral("T+") + DrillDuration::text(qMax<qint64>(0, ms), t.code());
}

QString utc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC")
                       : QString();
}

QString kindLabel(const ReportLanguage& t, EntryKind k)
{
    for (const auto& l : kKindLabels)
        if (l.kind == k)
            return t(l.label);
    return EntryKinds::key(k);
}

QString roleIn(const ReportLanguage& t, const QString& key)
{
    for (const auto& r : kRoleLabels)
        if (key == QLatin1String(r.key))
            return t(r.label);
    return key;
}

void scoresSection(DebriefDocument& doc, const ReportLanguage& t, const DrillScoreCard& card)
{
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "Scores")));
    doc.paragraph(
        t(QT_TRANSLATE_NOOP("DrillDebrief", "Total: %1 of 100 (over the scores that could be measured)"))
            .arg(card.total));
    QList<QStringList> rows;
    for (const DrillScore& s : card.scores) {
        const char* source = DrillScore::labelSource(s.key);
        QString result;
        if (!s.measured)
            result = t(QT_TRANSLATE_NOOP("DrillDebrief", "not measured"));
        else if (s.achieved)
            result = t(QT_TRANSLATE_NOOP("DrillDebrief", "done"));
        else
            result = t(QT_TRANSLATE_NOOP("DrillDebrief", "not done"));
        const QString taken = s.elapsedMs < 0 ? QStringLiteral("—")
                              : s.key == QStringLiteral("cadence")
                                  ? t(QT_TRANSLATE_NOOP("DrillDebrief", "longest gap %1"))
                                        .arg(DrillDuration::text(s.elapsedMs, t.code()))
                                  : offset(t, s.elapsedMs);
        rows << QStringList{source ? t("DrillScore", source) : s.key, result, taken,
                            s.targetMs > 0 ? DrillDuration::text(s.targetMs, t.code()) : QStringLiteral("—"),
                            s.measured ? QStringLiteral("%1 / %2").arg(s.points).arg(s.weight)
                                       : QStringLiteral("—")};
    }
    doc.table({t(QT_TRANSLATE_NOOP("DrillDebrief", "Score")), t(QT_TRANSLATE_NOOP("DrillDebrief", "Result")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Time taken")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Target")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Points"))},
              rows);
}

void timelineSection(DebriefDocument& doc, const ReportLanguage& t, const DrillRun& run,
                     const QList<TimelineEntry>& entries)
{
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "Injects and responses")));
    QList<QStringList> rows;
    for (const TimelineEntry& e : entries)
        rows << QStringList{offset(t, run.clock.scenarioAt(Time::toMs(e.occurredAt))), utc(e.occurredAt),
                            kindLabel(t, e.kind), e.author, e.textIn(t.code())};
    doc.table({t(QT_TRANSLATE_NOOP("DrillDebrief", "Scenario time")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Time")), t(QT_TRANSLATE_NOOP("DrillDebrief", "Kind")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "From / by")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "What happened"))},
              rows);
    QList<QStringList> unplayed;
    for (const DrillInjectState& s : run.injects) {
        const char* why = nullptr;
        if (s.state == DrillInjectState::State::Skipped)
            why = QT_TRANSLATE_NOOP("DrillDebrief", "skipped by the game master");
        else if (s.state == DrillInjectState::State::NotTriggered)
            why =
                QT_TRANSLATE_NOOP("DrillDebrief", "not triggered: the trainees' actions changed the course");
        else if (s.state == DrillInjectState::State::Pending)
            why = QT_TRANSLATE_NOOP("DrillDebrief", "not reached before the drill ended");
        if (why)
            unplayed << QStringList{offset(t, s.dueMs), s.injectId, run.textOf(s), t(why)};
    }
    if (unplayed.isEmpty())
        return;
    doc.heading(3, t(QT_TRANSLATE_NOOP("DrillDebrief", "Injects not played")));
    doc.table({t(QT_TRANSLATE_NOOP("DrillDebrief", "Scenario time")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Inject")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "What happened")),
               t(QT_TRANSLATE_NOOP("DrillDebrief", "Why"))},
              unplayed);
}
} // namespace

QStringList DrillDebrief::roleKeys()
{
    QStringList out;
    for (const auto& r : kRoleLabels)
        out << QString::fromLatin1(r.key);
    return out;
}

QString DrillDebrief::roleLabel(const QString& key)
{
    for (const auto& r : kRoleLabels)
        if (key == QLatin1String(r.key))
            return tr(r.label);
    return key;
}

Result<DebriefDocument> DrillDebrief::build(Core& core, qint64 runId, const QString& lang)
{
    const Result<DrillRun> run = core.drills().get(runId);
    if (!run)
        return run.failure();
    const Result<Incident> incident = core.incidents().get(run->incidentId);
    if (!incident)
        return incident.failure();
    const Result<DrillScoreCard> card = core.drills().scores(runId);
    if (!card)
        return card.failure();
    const Result<DrillObservations> facts = core.drills().observations(runId);
    if (!facts)
        return facts.failure();
    QList<TimelineEntry> entries;
    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = core.timeline().page(run->incidentId, false, cursor, 1000);
        if (!page)
            return page.failure();
        entries += page.value();
        if (page->size() < 1000)
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }

    const ReportLanguage t(lang);
    DebriefDocument doc;
    doc.banner(t(QT_TRANSLATE_NOOP("DrillDebrief", "DRILL — this is an exercise, not a real incident")));
    doc.heading(
        1, t(QT_TRANSLATE_NOOP("DrillDebrief", "After-action report: %1")).arg(run->scenario.title.in(lang)));
    doc.paragraph(
        t(QT_TRANSLATE_NOOP("DrillDebrief", "Drill incident %1, started %2, game master %3. %4"))
            .arg(incident->code, utc(run->startedAt),
                 run->gameMaster.isEmpty() ? QStringLiteral("—") : run->gameMaster,
                 run->isRunning()
                     ? t(QT_TRANSLATE_NOOP("DrillDebrief",
                                           "The drill is still running; scores are provisional."))
                     : t(QT_TRANSLATE_NOOP("DrillDebrief", "Ended %1.")).arg(utc(run->finishedAt))));
    doc.paragraph(run->scenario.briefing.in(lang));
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "Participants")));
    QList<QStringList> people;
    for (const DrillParticipant& p : run->participants)
        people << QStringList{p.person, roleIn(t, p.role)};
    if (people.isEmpty())
        doc.paragraph(t(QT_TRANSLATE_NOOP("DrillDebrief", "No participants were recorded.")));
    else
        doc.table({t(QT_TRANSLATE_NOOP("DrillDebrief", "Person")),
                   t(QT_TRANSLATE_NOOP("DrillDebrief", "Role practised"))},
                  people);
    scoresSection(doc, t, card.value());
    timelineSection(doc, t, run.value(), entries);
    const QString none = t(QT_TRANSLATE_NOOP("DrillDebrief", "(not written yet)"));
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "What went well")));
    doc.paragraph(run->wentWell.trimmed().isEmpty() ? none : run->wentWell);
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "What to improve")));
    doc.paragraph(run->toImprove.trimmed().isEmpty() ? none : run->toImprove);
    doc.heading(2, t(QT_TRANSLATE_NOOP("DrillDebrief", "How the scores were measured")));
    doc.paragraph(t(QT_TRANSLATE_NOOP(
        "DrillDebrief", "Times are scenario times after T+0, the start of the drill, whatever its speed. "
                        "Time scores earn full points by their target and nothing at three times the "
                        "target. A score marked \"not measured\" has no record to read yet and is left "
                        "out of the total. Sources:")));
    for (const DrillObservations::SourceNote& note : facts->sources)
        doc.paragraph(QStringLiteral("• ") + t(note.context, note.text));
    return doc;
}

Result<QString> DrillDebrief::markdown(Core& core, qint64 runId, const QString& lang)
{
    const Result<DebriefDocument> doc = build(core, runId, lang);
    if (!doc)
        return doc.failure();
    return doc->toMarkdown();
}

Result<QString> DrillDebrief::html(Core& core, qint64 runId, const QString& lang)
{
    const Result<DebriefDocument> doc = build(core, runId, lang);
    if (!doc)
        return doc.failure();
    const Result<DrillRun> run = core.drills().get(runId);
    const QString title = QStringLiteral("DRILL — ") + (run ? run->scenario.title.in(lang) : QString());
    return doc->toHtml(title, lang);
}
