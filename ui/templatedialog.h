#pragma once

#include "domain/notificationtemplate.h"

#include <QDialog>

class Core;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The team's message templates: pick one (bundled or the team's own), change it and save it as the team's
// version, or start a new one. Unknown placeholders are refused with the list of known ones.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(Core& core, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    bool save();
    void select(const QString& key, const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void display(const NotificationTemplate& t);
    void startNew();
    void removeSelected();
    void showMessage(const QString& text, bool error);

    Core& m_core;
    QList<NotificationTemplate> m_templates;
    QListWidget* m_list;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_audienceLabel;
    QComboBox* m_audience;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_bodyLabel;
    QPlainTextEdit* m_body;
    QLabel* m_help;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_close;
};
