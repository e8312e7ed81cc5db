#pragma once

#include <QString>

#include <optional>

struct ChecklistTemplate;

// What is wrong with a template and where: `item` is the 0-based index of the item (-1 for the template
// itself) and `field` the field's name in the file format ("text.ja", "role", "name.en", …). The same
// rules serve the file import (which turns the place into a JSON path and line) and the editor (which
// names the item and field in words).
struct TemplateIssue
{
    int item = -1;
    QString field;
    QString message; // translated
};

namespace TemplateValidator {
std::optional<TemplateIssue> firstIssue(const ChecklistTemplate& t);
// "$.items[3].text.ja"
QString jsonPath(const TemplateIssue& issue);
// "Item 4, Japanese text: …" for people who do not read JSON paths.
QString describe(const TemplateIssue& issue);
} // namespace TemplateValidator
