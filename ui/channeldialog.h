#pragma once

#include "domain/channel.h"

#include <QDialog>

class Core;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Settings of one webhook channel. The secret field is write-only: it never shows the stored secret;
// leaving it empty keeps it. "Send test" saves the channel and queues a test message through the outbox.
class ChannelDialog final : public QDialog
{
    Q_OBJECT
public:
    // channelId 0 creates a new channel.
    ChannelDialog(Core& core, qint64 channelId, QWidget* parent = nullptr);
    qint64 channelId() const { return m_channelId; }
    void accept() override; // saves; stays open with the reason if the settings are refused

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void load();
    ChannelDraft draft() const;
    bool save();
    void sendTest();
    void generateSecret();
    void showResult(const QString& text, bool error);

    Core& m_core;
    qint64 m_channelId;
    bool m_hasSecret = false;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_kindLabel;
    QComboBox* m_kind;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QPushButton* m_generate;
    QLabel* m_audienceLabel;
    QComboBox* m_audience;
    QCheckBox* m_enabled;
    QCheckBox* m_drills;
    QLabel* m_hint;
    QLabel* m_result;
    QPushButton* m_test;
    QDialogButtonBox* m_buttons;
};
