#pragma once

#include "checklisttemplate.h"
#include "result.h"

#include <QByteArray>

// The checklist template file format (docs/checklist-templates.md), version 1. Parsing is strict: a wrong
// type, an unknown field, a missing language, an unknown phase or role, or an over-long text is an error
// that names the line, the JSON path ($.items[3].text.ja) and what is wrong.
namespace TemplateFormat {
constexpr int currentVersion = 1;
constexpr qsizetype maxFileBytes = 1024 * 1024;
QString formatName(); // "incident-commander.checklist-template"

Result<ChecklistTemplate> parse(const QByteArray& json);
QByteArray write(const ChecklistTemplate& t);
} // namespace TemplateFormat
