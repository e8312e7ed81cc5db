#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Used by the roster import
// and export and by the activity-log export.
namespace Csv {
struct Row
{
    int line = 0; // 1-based line where the record starts, for error messages
    QStringList fields;
};

struct Parsed
{
    QList<Row> rows;
    QString error; // set when the text is not valid CSV (e.g. an unclosed quote)
    int errorLine = 0;
};

Parsed parse(const QString& text);
QString field(const QString& value);     // quoted when needed
QString line(const QStringList& values); // fields joined with commas, ending in CRLF
} // namespace Csv
