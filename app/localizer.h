#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

// Installs the translators for one language and swaps them at run time: ours (embedded .qm) and Qt's own
// qtbase catalogue, so standard dialogs and buttons follow. Widgets react to QEvent::LanguageChange.
class Localizer final : public QObject
{
    Q_OBJECT
public:
    explicit Localizer(QObject* parent = nullptr);
    ~Localizer() override;

    // "ja" or "en". Returns false for an unknown code, leaving the current language installed.
    bool setLanguage(const QString& code);
    QString language() const { return m_language; }
    static QStringList supportedLanguages();
    // The language to start with when nothing was chosen: the system's if we support it, else English.
    static QString systemDefault();

signals:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
