#pragma once

#include "domain/timelinefilter.h"

#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

class Database;

// Turns a TimelineFilter into a WHERE clause with its bind values. The SQLite-only part, FTS5 with the
// trigram tokenizer, lives here: rare words of three or more characters go through the full-text index;
// shorter ones (trigram cannot index them) and common ones (cheaper to match row by row within a bounded
// window of the newest entries) through LIKE.
//
// The words are matched against what the reader sees: for an entry the app wrote, its wording in the language
// installed now (TimelineEntry::generated); for what people wrote, their text. So a Japanese reader finds
// 「ステータス変更」 whoever changed the status, and "デ" does not find an English reader's "Status changed".
class TimelineSearchSql final
{
public:
    TimelineSearchSql(const Database& db, const TimelineFilter& filter);

    // " AND …" conditions on the alias `e` of timeline_entries, with their values in order.
    QString where() const;
    QVariantList values() const;
    bool hasFullText() const { return !m_fts.isEmpty(); }
    // Evaluate the full-text words only for entries with ids in [minId, maxId] (one scan window).
    void restrictIds(qint64 minId, qint64 maxId);
    // The words are rare: fetch the matching rows by id rather than walking the incident in time order.
    bool preferRowidLookup() const { return m_fewMatches; }
    // Some condition must read each row it passes (kind, author, role, LIKE) or the full-text words are
    // common: a page may have to walk or match far, so callers bound the work (TimelineStore::scan).
    bool readsRows() const { return m_readsRows; }

    // FTS5 query syntax for words of three or more characters (each a quoted phrase, in the columns a reader
    // of `language` sees); empty if none.
    static QString ftsQuery(const QStringList& words, const QString& language);
    static QString likePattern(const QString& word);
    static QStringList words(const QString& text);

private:
    void addText(const Database& db, const QString& text);
    void addLike(const QString& word);

    QString m_language; // "ja" or "en": the wording searched for the app's own entries
    QString m_where;
    QVariantList m_values;
    QString m_fts;
    std::optional<std::pair<qint64, qint64>> m_idRange;
    bool m_fewMatches = false;
    bool m_readsRows = false;
};
