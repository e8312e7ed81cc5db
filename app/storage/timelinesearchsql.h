#pragma once

#include "domain/timelinefilter.h"

#include <QString>
#include <QVariantList>

class Database;

// Turns a TimelineFilter into a WHERE clause with its bind values. The SQLite-only part, FTS5 with the
// trigram tokenizer, lives here: words of three or more characters go through the full-text index, shorter
// ones (trigram cannot index them) through LIKE.
class TimelineSearchSql final
{
public:
    TimelineSearchSql(const Database& db, const TimelineFilter& filter);

    // " AND …" conditions on the alias `e` of timeline_entries, with their values in order.
    QString where() const { return m_where; }
    QVariantList values() const { return m_values; }
    // The words are rare: fetch the matching rows by id rather than walking the incident in time order.
    bool preferRowidLookup() const { return m_fewMatches; }
    // Some condition must read each row it passes (kind, author, role, LIKE): a page may have to walk far
    // for a rare match, so callers bound the walk (TimelineStore::scan).
    bool readsRows() const { return m_readsRows; }

    // FTS5 query syntax for words of three or more characters (each a quoted phrase); empty if none.
    static QString ftsQuery(const QStringList& words);
    static QString likePattern(const QString& word);
    static QStringList words(const QString& text);

private:
    void addText(const Database& db, const QString& text);

    QString m_where;
    QVariantList m_values;
    bool m_fewMatches = false;
    bool m_readsRows = false;
};
