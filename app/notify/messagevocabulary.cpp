#include "messagevocabulary.h"

#include "domain/checklistrole.h"

#include <QStringList>

namespace {
QString pick(const QString& language, const QString& ja, const QString& en)
{
    if (language == QStringLiteral("ja"))
        return ja;
    if (language == QStringLiteral("both"))
        return ja + QStringLiteral(" / ") + en;
    return en;
}
} // namespace

QString MessageVocabulary::status(IncidentStatus s, const QString& language)
{
    switch (s) {
    case IncidentStatus::Investigating:
        return pick(language, QStringLiteral("調査中"), QStringLiteral("Investigating"));
    case IncidentStatus::Identified:
        return pick(language, QStringLiteral("原因特定"), QStringLiteral("Identified"));
    case IncidentStatus::Monitoring:
        return pick(language, QStringLiteral("経過観察中"), QStringLiteral("Monitoring"));
    case IncidentStatus::Resolved:
        return pick(language, QStringLiteral("解決済み"), QStringLiteral("Resolved"));
    case IncidentStatus::Closed:
        return pick(language, QStringLiteral("クローズ"), QStringLiteral("Closed"));
    }
    return {};
}

QString MessageVocabulary::audience(Audience a, const QString& language)
{
    switch (a) {
    case Audience::Responders:
        return pick(language, QStringLiteral("対応メンバー"), QStringLiteral("Responders"));
    case Audience::Executives:
        return pick(language, QStringLiteral("経営層"), QStringLiteral("Executives"));
    case Audience::Customers:
        return pick(language, QStringLiteral("お客様"), QStringLiteral("Customers"));
    }
    return {};
}

QString MessageVocabulary::incident(const QString& language)
{
    return pick(language, QStringLiteral("インシデント"), QStringLiteral("Incident"));
}

QString MessageVocabulary::severity(const QString& language)
{
    return pick(language, QStringLiteral("重大度"), QStringLiteral("Severity"));
}

QString MessageVocabulary::statusHeading(const QString& language)
{
    return pick(language, QStringLiteral("状況"), QStringLiteral("Status"));
}

QString MessageVocabulary::drill(const QString& language)
{
    return pick(language, QStringLiteral("訓練"), QStringLiteral("DRILL"));
}

QString MessageVocabulary::notScheduled(const QString& language)
{
    return pick(language, QStringLiteral("進展があり次第"), QStringLiteral("as soon as there is news"));
}

QString MessageVocabulary::notRecorded(const QString& language)
{
    return pick(language, QStringLiteral("未登録"), QStringLiteral("not recorded"));
}

QString MessageVocabulary::noChanges(const QString& language)
{
    return pick(language, QStringLiteral("前回の報告から記録された変化はありません。"),
                QStringLiteral("Nothing new recorded since the last update."));
}

QString MessageVocabulary::role(const QString& key, const QString& language)
{
    // The product's one table of role names in both languages (the role board's words).
    if (!ChecklistRoles::builtinKeys().contains(key))
        return {};
    const LocalizedText name = ChecklistRoles::name(key);
    return pick(language, name.ja, name.en);
}

QString MessageVocabulary::briefing(const Briefing& b, const QString& language)
{
    QStringList parts;
    auto add = [&](const QString& text, const char* ja, const char* en) {
        if (!text.trimmed().isEmpty())
            parts << pick(language, QString::fromUtf8(ja), QString::fromUtf8(en)) + QLatin1Char('\n') +
                         text.trimmed();
    };
    add(b.situation, "状況:", "Situation:");
    add(b.objectives, "目標:", "Objectives:");
    add(b.currentActions, "実施中の対応:", "Current actions:");
    add(b.organisation, "現在の体制:", "Current organisation:");
    return parts.join(QStringLiteral("\n\n"));
}
