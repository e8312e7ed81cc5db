#include "audience.h"

#include <QCoreApplication>

QString Audiences::key(Audience a)
{
    switch (a) {
    case Audience::Responders:
        return QStringLiteral("responders");
    case Audience::Executives:
        return QStringLiteral("executives");
    case Audience::Customers:
        return QStringLiteral("customers");
    }
    return {};
}

QString Audiences::label(Audience a)
{
    return QCoreApplication::translate("Audience", labelSource(a));
}

const char* Audiences::labelSource(Audience a)
{
    switch (a) {
    case Audience::Responders:
        return QT_TRANSLATE_NOOP("Audience", "Responders");
    case Audience::Executives:
        return QT_TRANSLATE_NOOP("Audience", "Executives");
    case Audience::Customers:
        return QT_TRANSLATE_NOOP("Audience", "Customers");
    }
    return "";
}

std::optional<Audience> Audiences::parse(const QString& text)
{
    for (Audience a : all())
        if (key(a) == text.trimmed().toLower())
            return a;
    return std::nullopt;
}

QList<Audience> Audiences::all()
{
    return {Audience::Responders, Audience::Executives, Audience::Customers};
}

QString MessageLanguages::key(MessageLanguage l)
{
    switch (l) {
    case MessageLanguage::Japanese:
        return QStringLiteral("ja");
    case MessageLanguage::English:
        return QStringLiteral("en");
    case MessageLanguage::Both:
        return QStringLiteral("both");
    }
    return {};
}

QString MessageLanguages::label(MessageLanguage l)
{
    switch (l) {
    case MessageLanguage::Japanese:
        return QCoreApplication::translate("MessageLanguage", "Japanese");
    case MessageLanguage::English:
        return QCoreApplication::translate("MessageLanguage", "English");
    case MessageLanguage::Both:
        return QCoreApplication::translate("MessageLanguage", "Japanese and English");
    }
    return {};
}

std::optional<MessageLanguage> MessageLanguages::parse(const QString& text)
{
    for (MessageLanguage l : all())
        if (key(l) == text.trimmed().toLower())
            return l;
    return std::nullopt;
}

QList<MessageLanguage> MessageLanguages::all()
{
    return {MessageLanguage::Japanese, MessageLanguage::English, MessageLanguage::Both};
}
