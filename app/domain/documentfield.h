#pragma once

#include "keyedenum.h"

#include <QDateTime>
#include <QHash>

// The fields of the incident document's header (SRE book, appendix C). Every edit keeps the earlier text.
enum class DocField { Summary, StatusKnown, StatusDoing, NextUpdate, Impact, CommandPost, ExitCriteria, Todos };

namespace DocFields {
const KeyedTable<DocField>& table(); // key "summary", "status_known" …
inline QString key(DocField f) { return table().key(f); }
inline QString label(DocField f) { return table().label(f); }
inline std::optional<DocField> parse(const QString& k) { return table().parse(k); }
constexpr int maxLength = 100000;
} // namespace DocFields

// One version of one field. NextUpdate holds an ISO 8601 UTC time (or nothing).
struct DocFieldVersion
{
    DocField field = DocField::Summary;
    QString value;
    QDateTime editedAt;
    QString editedBy;
};

// The header as it stands now: the newest version of every field.
struct IncidentDocument
{
    qint64 incidentId = 0;
    QHash<DocField, DocFieldVersion> fields;

    QString value(DocField f) const { return fields.value(f).value; }
    QDateTime nextUpdateAt() const;
};

inline size_t qHash(DocField f, size_t seed = 0) noexcept
{
    return ::qHash(int(f), seed);
}
