#include "timelinefactsource.h"

#include "domain/clock.h"
#include "drillobservations.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QHash>
#include <QRegularExpression>

namespace {
struct RoleWords
{
    const char* key;
    const char* pattern;
};

// English words at word boundaries; Japanese role names as they appear in the SRE book's translation.
const RoleWords kRoles[] = {
    {"commander", "\\b(incident commander|commander|ic)\\b|指揮"},
    {"operations", "\\b(operations|ops)\\b|実行|オペレーション"},
    {"communications", "\\b(communications?|comms)\\b|コミュニケーション|広報"},
    {"planning", "\\bplanning\\b|計画"},
};

// Compiled once per pattern: a long drill has many entries.
bool matches(const QString& text, const char* pattern)
{
    static thread_local QHash<const char*, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QString::fromUtf8(pattern),
                                                         QRegularExpression::CaseInsensitiveOption));
    return it->match(text).hasMatch();
}
} // namespace

QStringList TimelineFactSource::rolesNamed(const QString& text)
{
    QStringList out;
    for (const RoleWords& r : kRoles)
        if (matches(text, r.pattern))
            out << QString::fromLatin1(r.key);
    return out;
}

bool TimelineFactSource::mentionsHandoff(const QString& text)
{
    return matches(text, "\\bhand(ed)?[- ]?(off|over)\\b|引き継|引継");
}

bool TimelineFactSource::mentionsAcknowledgement(const QString& text)
{
    return matches(text, "\\backnowledg|了承|受領");
}

void TimelineFactSource::readEntry(const TimelineEntry& e, DrillObservations* into,
                                   QStringList* covered) const
{
    const qint64 at = Time::toMs(e.occurredAt);
    switch (e.kind) {
    case EntryKind::Communication:
        into->stakeholderUpdatesMs << at;
        break;
    case EntryKind::Action:
        into->changesMs << at;
        break;
    case EntryKind::RoleChange:
        for (const QString& role : rolesNamed(e.text))
            if (!covered->contains(role))
                *covered << role;
        if (covered->size() == int(std::size(kRoles)) && !into->rolesCoveredAtMs)
            into->rolesCoveredAtMs = at;
        if (mentionsAcknowledgement(e.text) && !into->handoffAcknowledgedAtMs)
            into->handoffAcknowledgedAtMs = at;
        else if (mentionsHandoff(e.text) && !into->handoffBriefedAtMs)
            into->handoffBriefedAtMs = at;
        break;
    default:
        break;
    }
}

Status TimelineFactSource::collect(qint64 incidentId, DrillObservations* into) const
{
    const Result<Incident> incident = m_incidents.get(incidentId);
    if (!incident)
        return incident.failure();
    into->declaredAtMs = Time::toMs(incident->declaredAt);
    into->mitigatedAtMs = Time::toMs(incident->mitigatedAt);
    into->resolvedAtMs = Time::toMs(incident->resolvedAt);
    if (!into->mitigatedAtMs && into->resolvedAtMs)
        into->mitigatedAtMs = into->resolvedAtMs;

    QStringList covered;
    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = m_timeline.page(incidentId, false, cursor, 500);
        if (!page)
            return page.failure();
        for (const TimelineEntry& e : page.value())
            readEntry(e, into, &covered);
        if (page->size() < 500)
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
    if (into->handoffAcknowledgedAtMs && !into->handoffBriefedAtMs)
        into->handoffBriefedAtMs = into->handoffAcknowledgedAtMs;
    into->rolesMeasured = true;
    into->handoffMeasured = true;
    into->sources << DrillObservations::SourceNote{
        "TimelineFactSource",
        QT_TRANSLATE_NOOP(
            "TimelineFactSource",
            "Timeline: declaration, mitigation and resolution times; communication entries as "
            "stakeholder updates; role-change entries naming the commander, operations, "
            "communications and planning roles; role-change entries mentioning a handoff and its "
            "acknowledgement; action entries as changes to production.")};
    return {};
}
