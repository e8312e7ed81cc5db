#pragma once

#include "services/notificationservice.h"

#include <QWidget>

class ChannelPicker;
class Core;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

// Writes an update: audience, language and template fill a draft from the incident; the user edits it
// freely; the preview shows it as each chosen destination will; Send queues it (one transaction with
// the timeline entry) and the outbox delivers.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerWidget(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);
    // Picks audience and template (as a user would) and fills the draft.
    void choose(Audience audience, const QString& templateKey);
    SendRequest request() const;
    bool send();
    QTabWidget* preview() const { return m_preview; }
    QPlainTextEdit* textEdit() const { return m_text; }
    ChannelPicker* channels() const { return m_channels; }

signals:
    void sent(qint64 updateId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadTemplates();
    void refill();
    void updatePreview();
    void showError(const QString& message);

    Core& m_core;
    qint64 m_incidentId = 0;
    QLabel* m_audienceLabel;
    QComboBox* m_audience;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_templateLabel;
    QComboBox* m_template;
    QPushButton* m_refill;
    QPushButton* m_templates;
    QLabel* m_channelsLabel;
    ChannelPicker* m_channels;
    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_textLabel;
    QPlainTextEdit* m_text;
    QLabel* m_previewLabel;
    QTabWidget* m_preview;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_send;
    QTimer* m_previewTimer;
};
