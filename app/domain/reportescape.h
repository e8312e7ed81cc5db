#pragma once

#include <QString>
#include <QUrl>

// Escaping of user text for the report formats (reports, activity logs, drill debriefs). Every title, entry,
// name and link passes through here.
namespace ReportEscape {
// HTML text and attribute values: & < > " ' become entities; newlines become <br>.
QString html(const QString& text);
// Markdown inline text: CommonMark punctuation that could start markup is backslash-escaped (also at the
// start of each line: headings, quotes, list markers); indentation is dropped and newlines become hard
// line breaks.
QString markdown(const QString& text);
// A heading, or anything else that must stay on one line: as markdown(), with line breaks and runs of
// white space turned into single spaces.
QString markdownLine(const QString& text);
// A Markdown (GFM) table cell: as markdown(), with pipes escaped and newlines as <br>.
QString markdownCell(const QString& text);
// A link target we are willing to emit: http, https or mailto, well formed. Invalid QUrl otherwise
// (javascript:, data:, relative paths … are shown as text, never as links).
QUrl safeUrl(const QString& text);
} // namespace ReportEscape
