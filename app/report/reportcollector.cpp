#include "reportcollector.h"

#include "core.h"
#include "domain/clock.h"
#include "domain/ideastate.h"
#include "domain/productionchange.h"
#include "services/brainstormservice.h"
#include "services/changeservice.h"
#include "services/documentservice.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "storage/reportreadstore.h"

#include <QRegularExpression>

#include <algorithm>

Result<ReportData> ReportCollector::collect(qint64 incidentId) const
{
    ReportData data;
    Result<Incident> incident = m_core.incidents().get(incidentId);
    if (!incident)
        return incident.failure();
    data.incident = incident.value();
    data.generatedAt = m_core.clock().now();
    if (Status s = collectTimeline(data); !s)
        return s.failure();
    Result<QList<StatusChange>> history = ReportReadStore(m_core.database()).statusHistory(incidentId);
    if (!history)
        return history.failure();
    data.statusHistory = history.value();
    FollowUpStore::Filter filter;
    filter.incidentId = incidentId;
    Result<QList<FollowUp>> followUps = m_core.followUps().list(filter);
    if (!followUps)
        return followUps.failure();
    data.followUps = followUps.value();
    Result<QMap<QString, QString>> wording = m_core.reports().wording(incidentId);
    if (!wording)
        return wording.failure();
    data.wording = wording.value();
    for (Status s : {collectRoles(data), collectHeader(data), collectChanges(data), collectIdeas(data)})
        if (!s)
            return s.failure();
    return data;
}

Status ReportCollector::collectTimeline(ReportData& data) const
{
    if (m_timelineLimit > 0) {
        const auto newest = m_core.timeline().page(data.incident.id, true, {}, m_timelineLimit);
        if (!newest)
            return newest.failure();
        data.timeline = newest.value();
        std::reverse(data.timeline.begin(), data.timeline.end());
        const Result<int> total = m_core.timeline().count(data.incident.id);
        if (!total)
            return total.failure();
        data.timelineTotal = total.value();
        return {};
    }
    constexpr int pageSize = 2000;
    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = m_core.timeline().page(data.incident.id, false, cursor, pageSize);
        if (!page)
            return page.failure();
        data.timeline += page.value();
        data.timelineTotal = int(data.timeline.size());
        if (page->size() < pageSize)
            return {};
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
}

Status ReportCollector::collectRoles(ReportData& data) const
{
    const qint64 id = data.incident.id;
    const Result<QList<RoleDefinition>> definitions = m_core.roles().definitions();
    if (!definitions)
        return definitions.failure();
    const Result<QList<Assignment>> history = m_core.roles().history(id);
    if (!history)
        return history.failure();
    const Result<QList<Handoff>> handoffs = m_core.roles().handoffs(id);
    if (!handoffs)
        return handoffs.failure();
    const Result<RoleBoard> board = m_core.roles().board(id);
    if (!board)
        return board.failure();
    // A role nobody defines any more (should not happen: definitions are never deleted) is named by its key.
    auto definition = [&definitions](const QString& key) {
        for (const RoleDefinition& d : definitions.value())
            if (d.key == key)
                return d;
        RoleDefinition unknown;
        unknown.key = key;
        unknown.name = key;
        return unknown;
    };
    for (const Assignment& a : history.value())
        data.roles << ReportRoleAssignment{a.id, definition(a.roleKey), a.personName, a.startedAt, a.endedAt, a.endReason};
    std::stable_sort(data.roles.begin(), data.roles.end(), [](const ReportRoleAssignment& a, const ReportRoleAssignment& b) {
        return a.from != b.from ? a.from < b.from : a.id < b.id;
    });
    for (const Handoff& h : handoffs.value())
        data.handoffs << ReportHandoff{h.id, definition(h.roleKey), h.fromName, h.toName, h.acknowledgedAt, h.briefing};
    std::stable_sort(data.handoffs.begin(), data.handoffs.end(), [](const ReportHandoff& a, const ReportHandoff& b) {
        return a.acknowledgedAt != b.acknowledgedAt ? a.acknowledgedAt < b.acknowledgedAt : a.id < b.id;
    });
    for (const QString& key : board->icAlsoHolds())
        data.icAlsoHolds << definition(key);
    return {};
}

namespace {
// A multi-line field as a list: one item per non-empty line, list markers ("- ", "* ", "・") dropped.
QStringList items(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*([-*・•]|\\[[ xX]?\\])\\s*"));
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(marker);
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}
} // namespace

Status ReportCollector::collectHeader(ReportData& data) const
{
    const Result<IncidentDocument> doc = m_core.document().document(data.incident.id);
    if (!doc)
        return doc.failure();
    ReportDocumentHeader& h = data.header;
    h.whatWeKnow = doc->value(DocField::StatusKnown);
    h.whatWeAreDoing = doc->value(DocField::StatusDoing);
    h.nextUpdateAt = doc->nextUpdateAt();
    h.commandPost = doc->value(DocField::CommandPost);
    h.exitCriteria = items(doc->value(DocField::ExitCriteria));
    h.todos = items(doc->value(DocField::Todos));
    return {};
}

Status ReportCollector::collectChanges(ReportData& data) const
{
    const Result<QList<ProductionChange>> changes = m_core.changes().list(data.incident.id);
    if (!changes)
        return changes.failure();
    for (const ProductionChange& c : changes.value())
        data.changes << ReportProductionChange{c.madeAt, c.madeBy, c.what, c.revertHow, c.revertedAt};
    std::sort(data.changes.begin(), data.changes.end(),
              [](const ReportProductionChange& a, const ReportProductionChange& b) { return a.at < b.at; });
    return {};
}

Status ReportCollector::collectIdeas(ReportData& data) const
{
    const Result<QList<BrainstormIdea>> ideas = m_core.brainstorm().list(data.incident.id);
    if (!ideas)
        return ideas.failure();
    for (const BrainstormIdea& i : ideas.value())
        data.ideas << ReportIdea{i.text, i.state == IdeaState::Confirmed  ? ReportIdea::Verdict::Confirmed
                                         : i.state == IdeaState::RuledOut ? ReportIdea::Verdict::RuledOut
                                                                          : ReportIdea::Verdict::Open};
    return {};
}
