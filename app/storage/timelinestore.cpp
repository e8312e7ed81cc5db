#include "timelinestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"
#include "sqlrows.h"
#include "timelinesearchsql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns =
    QStringLiteral("e.id, e.incident_id, e.occurred_at, e.recorded_at, e.author, e.kind, e.text, "
                   "e.important, e.is_public, e.revision, e.deleted, e.links, e.milestone, "
                   "e.author_role, e.text_en, e.text_ja");

QString joinLinks(const QStringList& links)
{
    return links.join(QLatin1Char('\n'));
}

// Decoding runs for every row a view shows: look stored keys up in a table built once.
EntryKind kindOf(const QString& key)
{
    static const QHash<QString, EntryKind> kinds = [] {
        QHash<QString, EntryKind> h;
        for (EntryKind k : EntryKinds::all())
            h.insert(EntryKinds::key(k), k);
        return h;
    }();
    const auto it = kinds.constFind(key);
    return it != kinds.cend() ? it.value() : EntryKinds::parse(key).value_or(EntryKind::Note);
}

Milestone milestoneOf(const QString& key)
{
    return key.isEmpty() ? Milestone::None : Milestones::parse(key).value_or(Milestone::None);
}

TimelineEntry fromQuery(const QSqlQuery& q)
{
    TimelineEntry e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.occurredAt = Time::fromDbValue(q.value(2));
    e.recordedAt = Time::fromDbValue(q.value(3));
    e.author = q.value(4).toString();
    e.kind = kindOf(q.value(5).toString());
    e.text = q.value(6).toString();
    e.important = q.value(7).toBool();
    e.isPublic = q.value(8).toBool();
    e.revision = q.value(9).toInt();
    e.deleted = q.value(10).toBool();
    const QString links = q.value(11).toString();
    if (!links.isEmpty())
        e.links = links.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    e.milestone = milestoneOf(q.value(12).toString());
    e.role = q.value(13).toString();
    return e;
}

// An entry the app wrote is shown in `language` (the one installed now, looked up once per query: this runs
// for every row a view reads); `text` keeps the words as first written.
TimelineEntry withGenerated(const QSqlQuery& q, const QString& language)
{
    TimelineEntry e = fromQuery(q);
    e.generated = {q.value(14).toString(), q.value(15).toString()};
    if (!e.generated.isEmpty())
        e.text = e.generated.in(language);
    return e;
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

void bindContent(QSqlQuery& q, const TimelineEntry& e)
{
    q.addBindValue(Time::toDbValue(e.occurredAt));
    q.addBindValue(e.author);
    q.addBindValue(EntryKinds::key(e.kind));
    q.addBindValue(e.text);
    q.addBindValue(e.important);
    q.addBindValue(e.isPublic);
    q.addBindValue(joinLinks(e.links));
    q.addBindValue(Milestones::key(e.milestone));
    q.addBindValue(e.role);
}
} // namespace

Result<qint64> TimelineStore::insert(const TimelineEntry& e)
{
    QueryLease q = m_db.cached(QStringLiteral(
        "INSERT INTO timeline_entries (occurred_at, author, kind, text, important, is_public, links, "
        "milestone, "
        "author_role, incident_id, recorded_at, text_en, text_ja) "
        "VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, "
        "?)"));
    bindContent(*q, e);
    q->addBindValue(e.incidentId);
    q->addBindValue(Time::toDbValue(e.recordedAt));
    q->addBindValue(nullIfEmpty(e.generated.en));
    q->addBindValue(nullIfEmpty(e.generated.ja));
    if (Status s = SqlError::exec(*q); !s)
        return s.failure();
    return q->lastInsertId().toLongLong();
}

Result<TimelineEntry> TimelineStore::get(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM timeline_entries e WHERE e.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("TimelineStore", "There is no timeline entry %1.").arg(id));
    return withGenerated(q, LocalizedText::currentLanguage());
}

Result<QList<TimelineEntry>> TimelineStore::page(qint64 incidentId, bool newestFirst, const PageCursor& after,
                                                 int limit, const TimelineFilter& filter) const
{
    return query(incidentId, newestFirst, after, {}, limit, TimelineSearchSql(m_db, filter));
}

Result<QList<TimelineEntry>> TimelineStore::query(qint64 incidentId, bool newestFirst,
                                                  const PageCursor& after, const PageCursor& bound, int limit,
                                                  const TimelineSearchSql& search) const
{
    // The (incident_id, deleted, occurred_at, id) index serves both directions without a sort. For rare
    // search words the unary + turns it off, so SQLite fetches the few matches by id and sorts them.
    const QString cmp = newestFirst ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT %1 FROM timeline_entries e WHERE %2e.incident_id = ?")
                      .arg(kColumns, search.preferRowidLookup() ? QStringLiteral("+") : QString());
    sql += search.where();
    if (after.valid)
        sql += QStringLiteral(" AND (e.occurred_at, e.id) %1 (?, ?)").arg(cmp);
    if (bound.valid)
        sql += QStringLiteral(" AND (e.occurred_at, e.id) %1= (?, ?)")
                   .arg(newestFirst ? QStringLiteral(">") : QStringLiteral("<"));
    sql += QStringLiteral(" ORDER BY e.occurred_at %1, e.id %1 LIMIT ?").arg(dir);
    // Search as you type runs the same few shapes of SQL keystroke after keystroke: cache them.
    QueryLease lease = m_db.cached(sql);
    QSqlQuery& q = *lease;
    q.addBindValue(incidentId);
    for (const QVariant& v : search.values())
        q.addBindValue(v);
    for (const PageCursor& c : {after, bound}) {
        if (c.valid) {
            q.addBindValue(c.occurredAtMs);
            q.addBindValue(c.id);
        }
    }
    q.addBindValue(limit);
    const QString language = LocalizedText::currentLanguage();
    return SqlRows::collect(q, [&language](const QSqlQuery& row) { return withGenerated(row, language); });
}

Result<TimelineStore::Window> TimelineStore::windowAfter(qint64 incidentId, bool newestFirst,
                                                         const PageCursor& after, int window,
                                                         bool includeDeleted, bool ids) const
{
    const QString dir = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString inner = QStringLiteral("SELECT occurred_at, id FROM timeline_entries WHERE incident_id = ?");
    if (!includeDeleted)
        inner += QStringLiteral(" AND deleted = 0");
    if (after.valid)
        inner += QStringLiteral(" AND (occurred_at, id) %1 (?, ?)")
                     .arg(newestFirst ? QStringLiteral("<") : QStringLiteral(">"));
    inner += QStringLiteral(" ORDER BY occurred_at %1, id %1 LIMIT ?").arg(dir);
    auto bindInner = [&](QSqlQuery& q, int limit) {
        q.addBindValue(incidentId);
        if (after.valid) {
            q.addBindValue(after.occurredAtMs);
            q.addBindValue(after.id);
        }
        q.addBindValue(limit);
    };
    // The window's last entry (the index walks to it), then, for a full-text search, its id range.
    Window w;
    QueryLease lastLease = m_db.cached(inner + QStringLiteral(" OFFSET ?"));
    QSqlQuery& last = *lastLease;
    bindInner(last, 1);
    last.addBindValue(window - 1);
    if (Status s = SqlError::exec(last); !s)
        return s.failure();
    if (last.next())
        w.end = PageCursor{last.value(0).toLongLong(), last.value(1).toLongLong(), true};
    if (ids) {
        QueryLease rangeLease = m_db.cached(QStringLiteral("SELECT min(id), max(id) FROM (%1)").arg(inner));
        QSqlQuery& range = *rangeLease;
        bindInner(range, window);
        if (Status s = SqlError::exec(range); !s)
            return s.failure();
        if (range.next()) {
            w.minId = range.value(0).toLongLong();
            w.maxId = range.value(1).toLongLong();
        }
    }
    return w;
}

Result<TimelineStore::Page> TimelineStore::scan(qint64 incidentId, bool newestFirst, const PageCursor& after,
                                                int limit, const TimelineFilter& filter, int window) const
{
    TimelineSearchSql search(m_db, filter);
    PageCursor bound;
    if (search.readsRows() && !search.preferRowidLookup()) {
        const Result<Window> w =
            windowAfter(incidentId, newestFirst, after, window, filter.includeDeleted, search.hasFullText());
        if (!w)
            return w.failure();
        bound = w->end;
        if (search.hasFullText()) {
            if (w->maxId == 0)
                return Page{}; // nothing left
            search.restrictIds(w->minId, w->maxId);
        }
    }
    const Result<QList<TimelineEntry>> rows = query(incidentId, newestFirst, after, bound, limit, search);
    if (!rows)
        return rows.failure();
    Page page;
    page.rows = rows.value();
    if (page.rows.size() == limit) {
        page.next = cursorAfter(page.rows.constLast());
        page.atEnd = false;
    } else if (bound.valid) {
        page.next = bound; // nothing more in this window; the next step starts after it
        page.atEnd = false;
    }
    return page;
}

Result<int> TimelineStore::count(qint64 incidentId, const TimelineFilter& filter) const
{
    const TimelineSearchSql search(m_db, filter);
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM timeline_entries e WHERE e.incident_id = ?") + search.where());
    q.addBindValue(incidentId);
    for (const QVariant& v : search.values())
        q.addBindValue(v);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return q.value(0).toInt();
}

Status TimelineStore::update(const TimelineEntry& prev, const TimelineEntry& e, const QDateTime& at,
                             const QString& by)
{
    QSqlQuery r =
        m_db.prepare(QStringLiteral("INSERT INTO timeline_revisions (occurred_at, author, kind, text, "
                                    "important, is_public, links, milestone, "
                                    "author_role, entry_id, revision, deleted, replaced_at, replaced_by) "
                                    "VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, "
                                    "''), COALESCE(?, ''), ?, ?, ?, ?, "
                                    "COALESCE(?, ''))"));
    bindContent(r, prev);
    r.addBindValue(prev.id);
    r.addBindValue(prev.revision);
    r.addBindValue(prev.deleted);
    r.addBindValue(Time::toDbValue(at));
    r.addBindValue(by);
    if (Status s = SqlError::exec(r); !s)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE timeline_entries SET occurred_at = ?, author = COALESCE(?, ''), kind = ?, text = ?, "
        "important = ?, "
        "is_public = ?, links = COALESCE(?, ''), milestone = COALESCE(?, ''), author_role = COALESCE(?, ''), "
        "text_en = ?, text_ja = ?, deleted = ?, revision = ? WHERE id = ? AND revision = ?"));
    bindContent(q, e);
    q.addBindValue(nullIfEmpty(e.generated.en));
    q.addBindValue(nullIfEmpty(e.generated.ja));
    q.addBindValue(e.deleted);
    return SqlError::execRevisionUpdate(
        q, prev.id, prev.revision,
        QCoreApplication::translate("TimelineStore", "The entry was changed elsewhere in the meantime. Reload and try again."));
}

Result<QList<TimelineEntry>> TimelineStore::revisions(qint64 entryId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT r.entry_id, t.incident_id, r.occurred_at, t.recorded_at, r.author, r.kind, r.text, "
        "r.important, "
        "r.is_public, r.revision, r.deleted, r.links, r.milestone, r.author_role, r.replaced_at, "
        "r.replaced_by "
        "FROM timeline_revisions r JOIN timeline_entries t ON t.id = r.entry_id WHERE r.entry_id = ? "
        "ORDER BY r.revision"));
    q.addBindValue(entryId);
    return SqlRows::collect(q, [](const QSqlQuery& row) {
        TimelineEntry e = fromQuery(row);
        e.replacedAt = Time::fromDbValue(row.value(14));
        e.replacedBy = row.value(15).toString();
        return e;
    });
}

Result<QStringList> TimelineStore::authors(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT author FROM timeline_entries WHERE "
                                              "incident_id = ? AND author <> '' ORDER BY author"));
    q.addBindValue(incidentId);
    const auto authors = SqlRows::collect(q, [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!authors)
        return authors.failure();
    return QStringList(authors.value());
}

Result<QDateTime> TimelineStore::milestoneTime(qint64 incidentId, Milestone milestone) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT min(occurred_at) FROM timeline_entries "
                                              "WHERE incident_id = ? AND milestone = ? AND deleted = 0"));
    q.addBindValue(incidentId);
    q.addBindValue(Milestones::key(milestone));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return Time::fromDbValue(q.value(0));
}
