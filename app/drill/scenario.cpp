#include "scenario.h"

#include <QCoreApplication>

const ScenarioInject* Scenario::inject(const QString& injectId) const
{
    for (const ScenarioInject& i : injects)
        if (i.id == injectId)
            return &i;
    return nullptr;
}

QString Scenario::serviceList(const QString& language) const
{
    QStringList names;
    for (const LocalizedText& s : services)
        names << s.in(language);
    return names.join(language == QStringLiteral("ja") ? QStringLiteral("、") : QStringLiteral(", "));
}

QString InjectKinds::key(InjectKind k)
{
    switch (k) {
    case InjectKind::Alert:
        return QStringLiteral("alert");
    case InjectKind::Message:
        return QStringLiteral("message");
    case InjectKind::Metric:
        return QStringLiteral("metric");
    case InjectKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

std::optional<InjectKind> InjectKinds::parse(const QString& key)
{
    for (InjectKind k : {InjectKind::Alert, InjectKind::Message, InjectKind::Metric, InjectKind::Note})
        if (InjectKinds::key(k) == key)
            return k;
    return std::nullopt;
}

QString InjectKinds::label(InjectKind k)
{
    switch (k) {
    case InjectKind::Alert:
        return QCoreApplication::translate("InjectKind", "Alert");
    case InjectKind::Message:
        return QCoreApplication::translate("InjectKind", "Message");
    case InjectKind::Metric:
        return QCoreApplication::translate("InjectKind", "Metric");
    case InjectKind::Note:
        return QCoreApplication::translate("InjectKind", "Note");
    }
    return {};
}

QString InjectKinds::senderLabel(const QString& source)
{
    static const struct
    {
        const char* key;
        const char* label;
    } senders[] = {
        {"customer", QT_TRANSLATE_NOOP("InjectSender", "Customer")},
        {"executive", QT_TRANSLATE_NOOP("InjectSender", "Executive")},
        {"support", QT_TRANSLATE_NOOP("InjectSender", "Support desk")},
        {"team", QT_TRANSLATE_NOOP("InjectSender", "Another team")},
        {"vendor", QT_TRANSLATE_NOOP("InjectSender", "Vendor")},
    };
    for (const auto& s : senders)
        if (source == QLatin1String(s.key))
            return QCoreApplication::translate("InjectSender", s.label);
    return source;
}

QString DrillFactKeys::key(DrillFact f)
{
    switch (f) {
    case DrillFact::Declared:
        return QStringLiteral("declared");
    case DrillFact::RolesCovered:
        return QStringLiteral("roles_covered");
    case DrillFact::StakeholderUpdate:
        return QStringLiteral("stakeholder_update");
    case DrillFact::HandoffAcknowledged:
        return QStringLiteral("handoff_acknowledged");
    case DrillFact::ChangeRecorded:
        return QStringLiteral("change_recorded");
    case DrillFact::Mitigated:
        return QStringLiteral("mitigated");
    case DrillFact::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

QList<DrillFact> DrillFactKeys::all()
{
    return {DrillFact::Declared,          DrillFact::RolesCovered,
            DrillFact::StakeholderUpdate, DrillFact::HandoffAcknowledged,
            DrillFact::ChangeRecorded,    DrillFact::Mitigated,
            DrillFact::Resolved};
}

std::optional<DrillFact> DrillFactKeys::parse(const QString& key)
{
    for (DrillFact f : all())
        if (DrillFactKeys::key(f) == key)
            return f;
    return std::nullopt;
}

QString DrillFactKeys::label(DrillFact f)
{
    switch (f) {
    case DrillFact::Declared:
        return QCoreApplication::translate("DrillFact", "incident declared");
    case DrillFact::RolesCovered:
        return QCoreApplication::translate("DrillFact", "core roles covered");
    case DrillFact::StakeholderUpdate:
        return QCoreApplication::translate("DrillFact", "stakeholder update sent");
    case DrillFact::HandoffAcknowledged:
        return QCoreApplication::translate("DrillFact", "handoff acknowledged");
    case DrillFact::ChangeRecorded:
        return QCoreApplication::translate("DrillFact", "change to production recorded");
    case DrillFact::Mitigated:
        return QCoreApplication::translate("DrillFact", "impact mitigated");
    case DrillFact::Resolved:
        return QCoreApplication::translate("DrillFact", "incident resolved");
    }
    return {};
}
