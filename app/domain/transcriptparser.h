#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One message of a pasted chat transcript.
struct TranscriptLine
{
    QDateTime at; // UTC; null when no line so far carried a time
    QString author;
    QString text;
    int sourceLine = 0; // first line of the paste (1-based) this message came from
};

// Reads what chat tools export: "HH:MM name: text", "[HH:MM] name: text", "HH:MM:SS name: text",
// "YYYY-MM-DD HH:MM name text" (Slack, Typetalk, Mattermost). A line without a time continues the
// previous message. Times are local wall-clock times on `date` (or the date in the line).
namespace TranscriptParser {
QList<TranscriptLine> parse(const QString& paste, const QDate& date);
}
