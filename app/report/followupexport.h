#pragma once

#include "domain/followup.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

// Follow-ups as files for other tools.
//  - CSV (RFC 4180, UTF-8, header row): for spreadsheets. Cells that a spreadsheet would run as a formula
//    (starting with = + - @) get a leading apostrophe.
//  - JSON: an array of objects shaped like an issue-tracker "create issue" request (title, body,
//    assignee, due_on, labels, state, external_url) plus the raw fields, so a script can POST each one.
//  Items of drill incidents are marked: a DRILL column, a "drill" label and a [DRILL] body prefix.
namespace FollowUpExport {
QString csv(const QList<FollowUp>& items, const QDate& today);
QJsonArray json(const QList<FollowUp>& items, const QDate& today);
QString csvField(const QString& text);
} // namespace FollowUpExport
