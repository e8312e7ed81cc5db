#include "timelinesearchsql.h"

#include "database.h"
#include "domain/localizedtext.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace {
// Up to this many matches, fetching the matching rows by id through the full-text index and sorting them
// wins. Above it the words are common: walking the incident's entries newest first, one bounded window at a
// time, and matching each row's text directly (LIKE) fills a screen sooner than evaluating the trigram
// phrase over its whole index. Kept low because the probe that decides costs in proportion to it.
constexpr int kFewMatches = 300;
} // namespace

TimelineSearchSql::TimelineSearchSql(const Database& db, const TimelineFilter& f)
    : m_language(LocalizedText::currentLanguage())
{
    if (!f.includeDeleted)
        m_where += QStringLiteral(" AND e.deleted = 0");
    if (!f.kinds.isEmpty()) {
        QStringList marks;
        for (EntryKind k : f.kinds) {
            marks << QStringLiteral("?");
            m_values << EntryKinds::key(k);
        }
        m_where += QStringLiteral(" AND e.kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.author.isEmpty()) {
        m_where += QStringLiteral(" AND e.author = ?");
        m_values << f.author;
    }
    if (!f.role.isEmpty()) {
        m_where += QStringLiteral(" AND e.author_role = ?");
        m_values << f.role;
    }
    if (f.importantOnly)
        m_where += QStringLiteral(" AND e.important = 1");
    m_readsRows = !f.kinds.isEmpty() || !f.author.isEmpty() || !f.role.isEmpty() || f.importantOnly;
    addText(db, f.text);
}

QStringList TimelineSearchSql::words(const QString& text)
{
    return text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString TimelineSearchSql::ftsQuery(const QStringList& words, const QString& language)
{
    // The index holds `text` only for what people wrote (see migration 0070), and each language's wording.
    const QString columns = language == QStringLiteral("ja") ? QStringLiteral("{text text_ja} : ")
                                                             : QStringLiteral("{text text_en} : ");
    QStringList phrases;
    for (const QString& w : words)
        if (w.size() >= 3)
            phrases << columns + QLatin1Char('"') +
                           QString(w).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return phrases.join(QLatin1Char(' '));
}

QString TimelineSearchSql::likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void TimelineSearchSql::addLike(const QString& word)
{
    m_where += m_language == QStringLiteral("ja")
                   ? QStringLiteral(" AND COALESCE(e.text_ja, e.text) LIKE ? ESCAPE '\\'")
                   : QStringLiteral(" AND COALESCE(e.text_en, e.text) LIKE ? ESCAPE '\\'");
    m_values << likePattern(word);
    m_readsRows = true;
}

void TimelineSearchSql::addText(const Database& db, const QString& text)
{
    const QStringList all = words(text);
    for (const QString& w : all)
        if (w.size() < 3)
            addLike(w);
    const QString fts = ftsQuery(all, m_language);
    if (fts.isEmpty())
        return;
    // Probe how common the words are (stops early), then pick the plan. The unary + keeps SQLite from
    // using the rowid lookup when the matches are many.
    // Runs on every keystroke: a cached statement, not parsed again each time.
    QueryLease probe = db.cached(QStringLiteral(
        "SELECT count(*) FROM (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ? LIMIT ?)"));
    probe->addBindValue(fts);
    probe->addBindValue(kFewMatches + 1);
    const bool few = SqlError::exec(*probe).ok() && probe->next() && probe->value(0).toInt() <= kFewMatches;
    if (!few) {
        // Common words: matched row by row inside the caller's bounded windows (TimelineStore::scan).
        for (const QString& w : all)
            if (w.size() >= 3)
                addLike(w);
        return;
    }
    m_fewMatches = true;
    m_fts = fts;
}

QString TimelineSearchSql::where() const
{
    if (m_fts.isEmpty())
        return m_where;
    // The FTS condition comes last, so its values follow the others in values().
    QString fts =
        m_fewMatches
            ? QStringLiteral(" AND e.id IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?")
            : QStringLiteral(" AND +e.id IN (SELECT rowid FROM timeline_fts WHERE timeline_fts MATCH ?");
    if (m_idRange)
        fts += QStringLiteral(" AND rowid BETWEEN ? AND ?");
    return m_where + fts + QLatin1Char(')');
}

QVariantList TimelineSearchSql::values() const
{
    QVariantList v = m_values;
    if (!m_fts.isEmpty()) {
        v << m_fts;
        if (m_idRange)
            v << m_idRange->first << m_idRange->second;
    }
    return v;
}

void TimelineSearchSql::restrictIds(qint64 minId, qint64 maxId)
{
    m_idRange = std::make_pair(minId, maxId);
}
