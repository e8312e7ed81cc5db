#pragma once

#include "checklistphase.h"
#include "localizedtext.h"
#include "severity.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct TemplateItem
{
    ChecklistPhase phase = ChecklistPhase::Declare;
    QString roleKey;
    LocalizedText text;
    int timeBoxMinutes = 0;
    bool operator==(const TemplateItem& o) const
    {
        return phase == o.phase && roleKey == o.roleKey && text == o.text &&
               timeBoxMinutes == o.timeBoxMinutes;
    }
};

// A playbook: the items an incident's checklist starts with. A template bound to a severity is used
// when an incident of that severity is opened; the product ships one per severity (resources/templates/
// checklists/sevN.json) and a team's edited copy, once saved, replaces the shipped one.
struct ChecklistTemplate
{
    QString key; // "sev1", or a team's own key
    std::optional<Severity> severity;
    LocalizedText name;
    QList<TemplateItem> items;
    int revision = 0; // 0: the shipped default, never saved by the team
    QDateTime updatedAt;
    QString updatedBy;

    bool isBuiltIn() const { return revision == 0; }
};

namespace ChecklistTemplates {
constexpr int maxItems = 200;
constexpr int maxNameLength = 200;
constexpr int maxKeyLength = 40;
QString defaultKey(Severity s); // "sev1"
bool isValidKey(const QString& key);
} // namespace ChecklistTemplates
