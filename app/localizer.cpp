#include "localizer.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

Localizer::Localizer(QObject* parent) : QObject(parent) {}

Localizer::~Localizer()
{
    removeTranslators();
}

QStringList Localizer::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Localizer::systemDefault()
{
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void Localizer::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool Localizer::setLanguage(const QString& code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_language && m_app)
        return true;
    removeTranslators();

    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/incident-commander_%1.qm").arg(code)))
        m_app = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (code != QStringLiteral("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());

    m_language = code;
    QLocale::setDefault(QLocale(code == QStringLiteral("ja") ? QLocale::Japanese : QLocale::English,
                                code == QStringLiteral("ja") ? QLocale::Japan : QLocale::UnitedStates));
    emit languageChanged(code);
    return true;
}
